#!/bin/sh
# A scriptable agent for the worker host tests (until `gsd sim-agent` lands). Runs in the worktree.
#   costs     prints the three NDJSON cost dialects and malformed lines, then exits 0
#   count     counts in ./progress every 50 ms until signalled
#   stubborn  ignores SIGTERM and double-forks a grandchild that ignores it too (pid in ./grandchild.pid)
#   fail      exits 3
#   leaves    starts a background child (pid in ./child.pid) and exits 0 without waiting for it
echo "$GSD_WORKER_ATTEMPT" > attempt.txt
echo "$$" > agent.pid
case "$1" in
  costs)
    echo '{"type":"message_end","message":{"usage":{"cost":{"total":0.1}}}}'
    echo 'this is not json'
    echo '{"type":"message_end","message":{"usage":{"cost":{"total":0.2}}}}'
    echo '{"type":"result","total_cost_usd":1.5}'
    echo '{"type":"result","total_cost_usd":2.25}'
    echo '{"type":"cost","usd":0.05}'
    echo '{"type":"cost"'
    exit 0 ;;
  count)
    i=0
    while :; do i=$((i+1)); echo $i > progress.tmp; mv progress.tmp progress; sleep 0.05; done ;;
  stubborn)
    trap '' TERM
    (trap '' TERM; sh -c 'trap "" TERM; echo $$ > grandchild.pid; while :; do sleep 0.05; done' &)
    while :; do sleep 0.05; done ;;
  fail)
    exit 3 ;;
  leaves)
    sh -c 'echo $$ > child.pid; while :; do sleep 0.05; done' &
    while [ ! -s child.pid ]; do sleep 0.01; done
    exit 0 ;;
esac
