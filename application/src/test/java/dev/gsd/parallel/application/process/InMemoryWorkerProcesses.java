package dev.gsd.parallel.application.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process twin: nothing runs, and a launched "process" behaves as its first word says: {@code ignore-term} keeps
 * running after SIGTERM, {@code exit:N} ends at once with N; anything else runs until signalled or {@link #exit}.
 * Records every launch and signal so tests can ask what happened.
 */
public final class InMemoryWorkerProcesses implements WorkerProcesses {

    private final Map<ProcessIdentity, Fake> processes = new ConcurrentHashMap<>();
    private final List<Launch> launches = new ArrayList<>();
    private final List<String> signals = new ArrayList<>();
    private long nextPid = 1000;
    private final ProcessIdentity self = new ProcessIdentity(1, 1);

    private static final class Fake {
        final String behaviour;
        volatile Integer exitCode;
        volatile boolean paused;

        Fake(String behaviour) {
            this.behaviour = behaviour;
        }
    }

    @Override
    public synchronized ProcessIdentity launch(Launch launch) {
        if (launch.command().get(0).equals("no-such-command")) {
            throw new ProcessFailure("cannot start no-such-command");
        }
        launches.add(launch);
        ProcessIdentity identity = new ProcessIdentity(nextPid++, 42);
        Fake fake = new Fake(launch.command().get(0));
        if (fake.behaviour.startsWith("exit:")) {
            fake.exitCode = Integer.parseInt(fake.behaviour.substring(5));
        }
        processes.put(identity, fake);
        return identity;
    }

    @Override
    public ProcessIdentity self() {
        return self;
    }

    @Override
    public boolean isAlive(ProcessIdentity process) {
        if (process.equals(self)) {
            return true;
        }
        Fake fake = processes.get(process);
        return fake != null && fake.exitCode == null;
    }

    @Override
    public boolean isGroupAlive(ProcessIdentity process) {
        return isAlive(process);
    }

    @Override
    public synchronized void signal(ProcessIdentity process, ProcessSignal signal) {
        Fake fake = processes.get(process);
        if (fake == null || fake.exitCode != null) {
            return;
        }
        signals.add(process.pid() + " " + signal);
        switch (signal) {
            case KILL:
                fake.exitCode = 128 + 9;
                break;
            case TERMINATE:
                if (!fake.behaviour.equals("ignore-term")) {
                    fake.exitCode = 128 + 15;
                }
                break;
            case PAUSE:
                fake.paused = true;
                break;
            case RESUME:
                fake.paused = false;
                break;
            default:
                throw new IllegalArgumentException(signal.toString());
        }
    }

    @Override
    public Optional<OptionalInt> awaitExit(ProcessIdentity process, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Fake fake = processes.get(process);
            if (fake == null) {
                return Optional.of(OptionalInt.empty());
            }
            if (fake.exitCode != null) {
                return Optional.of(OptionalInt.of(fake.exitCode));
            }
            if (System.nanoTime() >= deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    @Override
    public StopOutcome stop(ProcessIdentity process, Duration grace) {
        if (!isGroupAlive(process)) {
            return StopOutcome.ALREADY_GONE;
        }
        signal(process, ProcessSignal.TERMINATE);
        signal(process, ProcessSignal.RESUME);
        if (awaitExit(process, grace).isPresent()) {
            return StopOutcome.TERMINATED;
        }
        signal(process, ProcessSignal.KILL);
        return StopOutcome.KILLED;
    }

    @Override
    public Map<ProcessIdentity, StopOutcome> stopAll(Collection<ProcessIdentity> all, Duration grace) {
        Map<ProcessIdentity, StopOutcome> outcomes = new LinkedHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (ProcessIdentity p : all) {
            Thread thread = new Thread(() -> {
                StopOutcome outcome = stop(p, grace);
                synchronized (outcomes) {
                    outcomes.put(p, outcome);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return outcomes;
    }

    /** The fake process ends by itself with {@code code}. */
    public void exit(ProcessIdentity process, int code) {
        processes.get(process).exitCode = code;
    }

    public boolean isPaused(ProcessIdentity process) {
        return processes.get(process).paused;
    }

    public synchronized List<Launch> launches() {
        return List.copyOf(launches);
    }

    public synchronized List<String> signals() {
        return List.copyOf(signals);
    }

    /** The last process launched. */
    public synchronized ProcessIdentity last() {
        return new ProcessIdentity(nextPid - 1, 42);
    }
}
