#!/bin/sh
# Worker host figures for docs/benchmarks.md: start-up (launch to first status file), resident memory after 3 s,
# and kill -9 to lock free as seen by another process. Usage: bench/worker-host/run.sh [rounds]  (jar must exist)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
jar="$repo/bootstrap/target/gsd.jar"
rounds=${1:-5}
lean="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss256k -Xms8m -Xmx64m -XX:MaxMetaspaceSize=64m -XX:ReservedCodeCacheSize=16m -XX:CICompilerCount=1 -Xshare:auto"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR+1)/2; if (NR%2) print a[m]; else print (a[NR/2]+a[NR/2+1])/2}'; }

measure() { # $1 = label, $2 = flags
  starts=""; rss=""; kills=""
  for i in $(seq "$rounds"); do
    root=$(mktemp -d)
    mkdir -p "$root/.gsd/worktrees/M001" "$root/home"
    printf -- '---\nparallel:\n  enabled: true\n  worker_command: "sh -c '\''echo $$ > agent.pid; exec sleep 600'\''"\n  heartbeat_interval_ms: 1000\n---\n' \
      > "$root/.gsd/PREFERENCES.md"
    t0=$(now_ms)
    # shellcheck disable=SC2086
    GSD_HOME="$root/home" java $2 -jar "$jar" -C "$root" worker --milestone M001 >/dev/null 2>"$root/worker.err" &
    pid=$!
    while [ ! -f "$root/.gsd/parallel/M001.status.json" ]; do sleep 0.005; done
    starts="$starts $(( $(now_ms) - t0 ))"
    sleep 3
    kill -0 "$pid" || { cat "$root/worker.err" "$root/.gsd/parallel/M001.stderr.log" >&2; exit 1; }
    rss="$rss $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)"
    kills="$kills $(java "$here/KillDetect.java" "$root/.gsd/parallel/M001.worker.lock" "$pid")"
    wait "$pid" 2>/dev/null || true
    /bin/kill -KILL -- "-$(cat "$root/.gsd/worktrees/M001/agent.pid")" # the orphaned agent's group
    rm -rf "$root"
  done
  echo "$1: start-up ms median $(echo $starts | tr ' ' '\n' | median) [$starts ]," \
       "RSS MB median $(echo $rss | tr ' ' '\n' | median) [$rss ]," \
       "kill -9 to lock free µs median $(echo $kills | tr ' ' '\n' | median) [$kills ]"
}

measure "default flags" ""
measure "WorkerJvm.FLAGS" "$lean"

# Optional: the same with a dynamic AppCDS archive of a worker run (tied to this JDK build and this jar).
if [ "${CDS:-0}" = 1 ]; then
  jsa=$(mktemp -u).jsa; root=$(mktemp -d)
  mkdir -p "$root/.gsd/worktrees/M001" "$root/home"
  printf -- '---\nparallel:\n  worker_command: "true"\n---\n' > "$root/.gsd/PREFERENCES.md"
  # shellcheck disable=SC2086
  GSD_HOME="$root/home" java -XX:ArchiveClassesAtExit="$jsa" $lean -jar "$jar" -C "$root" worker --milestone M001 \
    >/dev/null 2>&1 || true
  rm -rf "$root"
  measure "WorkerJvm.FLAGS + AppCDS" "$lean -XX:SharedArchiveFile=$jsa"
  rm -f "$jsa"
fi
