package dev.gsd.parallel.adapters.process;

import dev.gsd.parallel.application.process.Launch;
import dev.gsd.parallel.application.process.ProcessFailure;
import dev.gsd.parallel.application.process.ProcessIdentity;
import dev.gsd.parallel.application.process.ProcessSignal;
import dev.gsd.parallel.application.process.StopOutcome;
import dev.gsd.parallel.application.process.WorkerProcesses;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Processes on this Linux machine. Launches go through {@code setsid}, so the launched process leads a new session
 * and process group whose id is its pid; signals go to the group with {@code kill -s SIG -- -<pgid>} (the form every {@code kill} accepts), so
 * grandchildren that double-forked away from their parent are reached too. Liveness reads {@code /proc}, because
 * {@link ProcessHandle#isAlive()} says true for a zombie and a pid alone may since name another process.
 */
public final class LocalWorkerProcesses implements WorkerProcesses {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration GROUP_FORMING = Duration.ofSeconds(5);
    private static final Duration AFTER_KILL = Duration.ofSeconds(5);

    private final Map<ProcessIdentity, Process> children = new ConcurrentHashMap<>();

    @Override
    public ProcessIdentity launch(Launch launch) {
        List<String> command = new ArrayList<>();
        command.add("setsid");
        command.addAll(launch.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(launch.directory().toFile())
                .redirectInput(Redirect.from(new File("/dev/null")))
                .redirectOutput(Redirect.appendTo(launch.stdout().toFile()))
                .redirectError(Redirect.appendTo(launch.stderr().toFile()));
        builder.environment().putAll(launch.environment());
        Process process;
        try {
            Files.createDirectories(launch.stdout().toAbsolutePath().getParent());
            Files.createDirectories(launch.stderr().toAbsolutePath().getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new ProcessFailure("cannot start " + String.join(" ", launch.command()) + ": " + e.getMessage(), e);
        }
        ProcessIdentity identity = awaitGroup(process);
        children.put(identity, process);
        process.onExit().thenRun(() -> { }); // let the JDK reap it promptly
        return identity;
    }

    // setsid runs in the child after fork; until then the child is still in our group, so wait for its own.
    private static ProcessIdentity awaitGroup(Process process) {
        long deadline = System.nanoTime() + GROUP_FORMING.toNanos();
        while (true) {
            Optional<ProcStat> stat = ProcStat.of(process.pid());
            if (stat.isPresent() && stat.get().pgrp() == process.pid()) {
                return new ProcessIdentity(process.pid(), stat.get().startTime());
            }
            if (stat.isEmpty() || !process.isAlive() || System.nanoTime() > deadline) {
                // Ended before we looked (setsid's exec failed, or a very short command): still a valid identity.
                long start = stat.map(ProcStat::startTime).orElse(0L);
                return new ProcessIdentity(process.pid(), start);
            }
            sleep(Duration.ofMillis(1));
        }
    }

    @Override
    public ProcessIdentity self() {
        long pid = ProcessHandle.current().pid();
        return new ProcessIdentity(pid, ProcStat.of(pid).orElseThrow(
                () -> new ProcessFailure("cannot read /proc/" + pid + "/stat: is this Linux?")).startTime());
    }

    @Override
    public boolean isAlive(ProcessIdentity process) {
        return ProcStat.of(process.pid())
                .filter(stat -> stat.startTime() == process.startMark())
                .map(ProcStat::running)
                .orElse(false);
    }

    @Override
    public boolean isGroupAlive(ProcessIdentity process) {
        // A pid is never handed out again while a group of that id exists, so the group needs no start-time guard
        // beyond "its leader was ours"; once the group is empty, a new group with this id would be someone else's.
        return isAlive(process) || ProcStat.anyInGroup(process.pid());
    }

    @Override
    public void signal(ProcessIdentity process, ProcessSignal signal) {
        if (!isGroupAlive(process)) {
            return;
        }
        kill(signal, process.pid());
    }

    @Override
    public Optional<OptionalInt> awaitExit(ProcessIdentity process, Duration patience) {
        Process child = children.get(process);
        if (child != null) {
            try {
                if (!child.waitFor(patience.toNanos(), TimeUnit.NANOSECONDS)) {
                    return Optional.empty();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            return Optional.of(OptionalInt.of(child.exitValue()));
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (isAlive(process)) {
            if (System.nanoTime() >= deadline) {
                return Optional.empty();
            }
            sleep(POLL);
        }
        return Optional.of(OptionalInt.empty());
    }

    @Override
    public StopOutcome stop(ProcessIdentity process, Duration grace) {
        if (!isGroupAlive(process)) {
            return StopOutcome.ALREADY_GONE;
        }
        kill(ProcessSignal.TERMINATE, process.pid());
        kill(ProcessSignal.RESUME, process.pid()); // a paused group acts on SIGTERM only once it runs again
        if (awaitGroupEnd(process, grace)) {
            return StopOutcome.TERMINATED;
        }
        kill(ProcessSignal.KILL, process.pid());
        if (!awaitGroupEnd(process, AFTER_KILL)) {
            throw new ProcessFailure("process group " + process.pid() + " survived SIGKILL for " + AFTER_KILL);
        }
        return StopOutcome.KILLED;
    }

    private boolean awaitGroupEnd(ProcessIdentity process, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (isGroupAlive(process)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            sleep(POLL);
        }
        return true;
    }

    @Override
    public Map<ProcessIdentity, StopOutcome> stopAll(Collection<ProcessIdentity> processes, Duration grace) {
        Map<ProcessIdentity, CompletableFuture<StopOutcome>> stopping = new LinkedHashMap<>();
        for (ProcessIdentity process : processes) {
            CompletableFuture<StopOutcome> outcome = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    outcome.complete(stop(process, grace));
                } catch (RuntimeException e) {
                    outcome.completeExceptionally(e);
                }
            }, "stop-" + process.pid());
            thread.setDaemon(true);
            thread.start();
            stopping.put(process, outcome);
        }
        Map<ProcessIdentity, StopOutcome> outcomes = new LinkedHashMap<>();
        stopping.forEach((process, outcome) -> outcomes.put(process, outcome.join()));
        return outcomes;
    }

    private static void kill(ProcessSignal signal, long pgid) {
        List<String> command = List.of("kill", "-s", name(signal), "--", "-" + pgid);
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Redirect.DISCARD).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                throw new ProcessFailure(String.join(" ", command) + " did not finish");
            }
            // Exit 1 means no such group any more: it ended between our check and the signal, which is fine.
        } catch (IOException e) {
            throw new ProcessFailure("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessFailure("interrupted while signalling process group " + pgid, e);
        }
    }

    private static String name(ProcessSignal signal) {
        switch (signal) {
            case TERMINATE:
                return "TERM";
            case KILL:
                return "KILL";
            case PAUSE:
                return "STOP";
            case RESUME:
                return "CONT";
            default:
                throw new IllegalArgumentException("unknown signal " + signal);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessFailure("interrupted while waiting for a process", e);
        }
    }
}
