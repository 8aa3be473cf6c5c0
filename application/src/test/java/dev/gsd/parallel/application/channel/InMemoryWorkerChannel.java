package dev.gsd.parallel.application.channel;

import dev.gsd.parallel.application.process.ProcessIdentity;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The channel twin: every "file" is a map entry, keyed by project root and milestone. Tests make the agent speak
 * with {@link #agentSays} and can plant corrupt files with {@link #corruptStatus}.
 */
public final class InMemoryWorkerChannel implements WorkerChannel {

    private final Map<String, WorkerStatus> statuses = new HashMap<>();
    private final Set<String> corruptStatuses = new HashSet<>();
    private final Map<String, WorkerSignal> signals = new HashMap<>();
    private final Map<String, AutoLock> autoLocks = new HashMap<>();
    private final Set<String> held = new HashSet<>();
    private final Map<String, Metrics> metrics = new HashMap<>();
    private final Map<String, List<AgentEvent>> output = new HashMap<>();
    private final Map<String, List<String>> stderrNotes = new HashMap<>();
    private final List<WorkerStatus> statusHistory = new ArrayList<>();
    private final Map<String, ProcessIdentity> agents = new HashMap<>();

    private static String key(Path root, MilestoneId milestone) {
        return root.toAbsolutePath().normalize() + "#" + milestone.value();
    }

    @Override
    public Path worktree(Path root, MilestoneId milestone) {
        return root.resolve(".gsd").resolve("worktrees").resolve(milestone.value());
    }

    @Override
    public Path stdoutLog(Path root, MilestoneId milestone) {
        return root.resolve(".gsd").resolve("parallel").resolve(milestone.value() + ".stdout.log");
    }

    @Override
    public Path stderrLog(Path root, MilestoneId milestone) {
        return root.resolve(".gsd").resolve("parallel").resolve(milestone.value() + ".stderr.log");
    }

    @Override
    public synchronized void noteInStderrLog(Path root, MilestoneId milestone, String line) {
        stderrNotes.computeIfAbsent(key(root, milestone), k -> new ArrayList<>()).add(line);
    }

    @Override
    public synchronized void writeStatus(Path root, WorkerStatus status) {
        String key = key(root, status.milestoneId());
        corruptStatuses.remove(key);
        statuses.put(key, status);
        statusHistory.add(status);
    }

    @Override
    public synchronized ChannelFile<WorkerStatus> readStatus(Path root, MilestoneId milestone) {
        String key = key(root, milestone);
        if (corruptStatuses.contains(key)) {
            return ChannelFile.corrupt("planted");
        }
        WorkerStatus status = statuses.get(key);
        return status == null ? ChannelFile.absent() : ChannelFile.present(status);
    }

    @Override
    public synchronized void deleteStatus(Path root, MilestoneId milestone) {
        statuses.remove(key(root, milestone));
        corruptStatuses.remove(key(root, milestone));
    }

    @Override
    public synchronized void sendSignal(Path root, MilestoneId milestone, WorkerSignal signal) {
        signals.put(key(root, milestone), signal);
        notifyAll();
    }

    @Override
    public synchronized ChannelFile<WorkerSignal> readSignal(Path root, MilestoneId milestone) {
        WorkerSignal signal = signals.get(key(root, milestone));
        return signal == null ? ChannelFile.absent() : ChannelFile.present(signal);
    }

    @Override
    public synchronized void deleteSignal(Path root, MilestoneId milestone) {
        signals.remove(key(root, milestone));
    }

    @Override
    public synchronized Optional<WorkerSignal> takeSignal(Path root, MilestoneId milestone) {
        return Optional.ofNullable(signals.remove(key(root, milestone)));
    }

    @Override
    public SignalWatch watchSignals(Path root, MilestoneId milestone) {
        return new SignalWatch() {
            @Override
            public Optional<WorkerSignal> await(Duration patience) {
                synchronized (InMemoryWorkerChannel.this) {
                    long deadline = System.nanoTime() + patience.toNanos();
                    while (true) {
                        Optional<WorkerSignal> signal = readSignal(root, milestone).value();
                        long left = deadline - System.nanoTime();
                        if (signal.isPresent() || left <= 0) {
                            return signal;
                        }
                        try {
                            InMemoryWorkerChannel.this.wait(Math.max(1, left / 1_000_000));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return Optional.empty();
                        }
                    }
                }
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public AgentOutput agentOutput(Path root, MilestoneId milestone) {
        String key = key(root, milestone);
        int end;
        synchronized (this) {
            end = output.getOrDefault(key, List.of()).size();
        }
        return new AgentOutput() {
            private int read = end;

            @Override
            public List<AgentEvent> poll() {
                synchronized (InMemoryWorkerChannel.this) {
                    List<AgentEvent> all = output.getOrDefault(key, List.of());
                    List<AgentEvent> fresh = List.copyOf(all.subList(read, all.size()));
                    read = all.size();
                    return fresh;
                }
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public synchronized SessionLock lockSession(Path root, MilestoneId milestone, AutoLock content) {
        String key = key(root, milestone);
        if (!held.add(key)) {
            throw new SessionHeld("another worker is hosting " + milestone);
        }
        autoLocks.put(key, content);
        Optional<ProcessIdentity> previous = Optional.ofNullable(agents.get(key));
        return new SessionLock() {
            @Override
            public void update(AutoLock newContent) {
                synchronized (InMemoryWorkerChannel.this) {
                    autoLocks.put(key, newContent);
                }
            }

            @Override
            public Optional<ProcessIdentity> previousAgent() {
                return previous;
            }

            @Override
            public void recordAgent(Optional<ProcessIdentity> agent) {
                synchronized (InMemoryWorkerChannel.this) {
                    if (agent.isPresent()) {
                        agents.put(key, agent.get());
                    } else {
                        agents.remove(key);
                    }
                }
            }

            @Override
            public void close() {
                synchronized (InMemoryWorkerChannel.this) {
                    autoLocks.remove(key);
                    held.remove(key);
                }
            }
        };
    }

    @Override
    public synchronized boolean isSessionHeld(Path root, MilestoneId milestone) {
        return held.contains(key(root, milestone));
    }

    @Override
    public synchronized ChannelFile<AutoLock> readAutoLock(Path root, MilestoneId milestone) {
        AutoLock lock = autoLocks.get(key(root, milestone));
        return lock == null ? ChannelFile.absent() : ChannelFile.present(lock);
    }

    @Override
    public synchronized void recordUnit(Path root, MilestoneId milestone, UnitMetrics unit, Instant projectStartedAt) {
        String key = key(root, milestone);
        Metrics ledger = metrics.getOrDefault(key, new Metrics(projectStartedAt, List.of()));
        List<UnitMetrics> units = new ArrayList<>(ledger.units());
        units.removeIf(u -> u.type().equals(unit.type()) && u.id().equals(unit.id())
                && u.startedAt().equals(unit.startedAt()));
        units.add(unit);
        metrics.put(key, new Metrics(ledger.projectStartedAt(), units));
    }

    @Override
    public synchronized ChannelFile<Metrics> readMetrics(Path root, MilestoneId milestone) {
        Metrics ledger = metrics.get(key(root, milestone));
        return ledger == null ? ChannelFile.absent() : ChannelFile.present(ledger);
    }

    /** The agent prints lines meaning {@code events}. */
    public synchronized void agentSays(Path root, MilestoneId milestone, AgentEvent... events) {
        output.computeIfAbsent(key(root, milestone), k -> new ArrayList<>()).addAll(List.of(events));
    }

    /** The holder of the milestone's lock dies: the kernel frees the lock, and nothing else is cleaned up. */
    public synchronized void simulateHolderDeath(Path root, MilestoneId milestone) {
        held.remove(key(root, milestone));
    }

    public synchronized void corruptStatus(Path root, MilestoneId milestone) {
        corruptStatuses.add(key(root, milestone));
    }

    public synchronized List<WorkerStatus> statusHistory() {
        return List.copyOf(statusHistory);
    }

    public synchronized List<String> stderrNotes(Path root, MilestoneId milestone) {
        return List.copyOf(stderrNotes.getOrDefault(key(root, milestone), List.of()));
    }
}
