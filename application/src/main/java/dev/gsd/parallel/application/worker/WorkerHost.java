package dev.gsd.parallel.application.worker;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.channel.AgentEvent;
import dev.gsd.parallel.application.channel.AgentOutput;
import dev.gsd.parallel.application.channel.AutoLock;
import dev.gsd.parallel.application.channel.CurrentUnit;
import dev.gsd.parallel.application.channel.SessionHeld;
import dev.gsd.parallel.application.channel.SessionLock;
import dev.gsd.parallel.application.channel.SignalKind;
import dev.gsd.parallel.application.channel.SignalWatch;
import dev.gsd.parallel.application.channel.StatusState;
import dev.gsd.parallel.application.channel.UnitMetrics;
import dev.gsd.parallel.application.channel.WorkerChannel;
import dev.gsd.parallel.application.channel.WorkerSignal;
import dev.gsd.parallel.application.channel.WorkerStatus;
import dev.gsd.parallel.application.preferences.ParallelPreferences;
import dev.gsd.parallel.application.preferences.PreferenceFiles;
import dev.gsd.parallel.application.process.Launch;
import dev.gsd.parallel.application.process.ProcessFailure;
import dev.gsd.parallel.application.process.ProcessIdentity;
import dev.gsd.parallel.application.process.ProcessSignal;
import dev.gsd.parallel.application.process.WorkerProcesses;
import dev.gsd.parallel.application.project.ProjectPlans;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code gsd worker}: hosts one milestone's agent until it ends. One host per milestone at a time, guaranteed by the
 * session lock, which the kernel releases when the host dies however it dies, so the coordinator sees a dead worker
 * by trying the lock.
 *
 * <p>While the agent runs the host writes the status file every {@code heartbeat_interval_ms} and on every change
 * (cost, unit, pause), also while the agent is paused; it acts on the coordinator's signal at once (file watch, with
 * a short poll as a safety net) and deletes it: {@code stop} ends the agent's whole process group (SIGTERM, SIGKILL
 * after the grace period), {@code pause}/{@code resume} freeze and thaw it (SIGSTOP/SIGCONT).
 */
public final class WorkerHost {

    /** How often the host looks at the agent's output and exit between heartbeats. */
    static final Duration TICK = Duration.ofMillis(100);

    /** Default time between SIGTERM and SIGKILL when stopping an agent (the original waited 3 s). */
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(3);

    /** The unit recorded in {@code metrics.json} for an agent that reports no units of its own. */
    static final String SESSION_UNIT_TYPE = "parallel-worker";

    private final ProjectPlans plans;
    private final PreferenceFiles preferences;
    private final WorkerProcesses processes;
    private final WorkerChannel channel;
    private final Function<String, List<String>> commandWords;
    private final GsdProgram program;
    private final Clock clock;

    private volatile boolean stopRequested;
    private final CountDownLatch finished = new CountDownLatch(1);

    /**
     * @param commandWords splits {@code parallel.worker_command} into words as a POSIX shell would
     * @param program      what {@code {gsd}} stands for
     */
    public WorkerHost(ProjectPlans plans, PreferenceFiles preferences, WorkerProcesses processes,
                      WorkerChannel channel, Function<String, List<String>> commandWords, GsdProgram program,
                      Clock clock) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.processes = Objects.requireNonNull(processes, "processes");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.commandWords = Objects.requireNonNull(commandWords, "commandWords");
        this.program = Objects.requireNonNull(program, "program");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Hosts {@code milestone} of the project that holds {@code directory} until its agent ends.
     *
     * @param attempt 1 for the first start of the milestone in a run, 2 after a restart, …
     * @param grace   time between SIGTERM and SIGKILL when stopping the agent
     * @throws BadInput if the milestone has no worktree, or another worker hosts it
     */
    public WorkerOutcome host(Path directory, MilestoneId milestone, int attempt, Duration grace) {
        try {
            if (attempt < 1) {
                throw new BadInput("--attempt must be 1 or more, got " + attempt);
            }
            Path root = plans.locateRoot(directory);
            ParallelPreferences parallel = preferences.read(root).value().parallel();
            Path worktree = channel.worktree(root, milestone);
            if (!Files.isDirectory(worktree)) {
                throw new BadInput("no worktree for " + milestone + " at " + worktree
                        + " (gsd parallel start creates it)");
            }
            List<String> command = program.expand(commandWords.apply(parallel.workerCommand()));
            return new Session(root, milestone, attempt, grace, parallel, worktree, command).run();
        } finally {
            finished.countDown();
        }
    }

    /** Asks a running {@link #host} to stop its agent as a {@code stop} signal would (for SIGTERM to the host). */
    public void requestStop() {
        stopRequested = true;
    }

    /** Waits up to {@code patience} for {@link #host} to return; true if it did. */
    public boolean awaitFinished(Duration patience) throws InterruptedException {
        return finished.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The state of one hosting, from lock to final status. */
    private final class Session {

        private final Path root;
        private final MilestoneId milestone;
        private final int attempt;
        private final Duration grace;
        private final ParallelPreferences parallel;
        private final Path worktree;
        private final List<String> command;
        private final ProcessIdentity self;
        private final Instant startedAt;
        private final CostMeter cost = new CostMeter();

        private StatusState state = StatusState.RUNNING;
        private Optional<CurrentUnit> currentUnit = Optional.empty();
        private BigDecimal costAtUnitStart = BigDecimal.ZERO;
        private int completedUnits;
        private boolean stopped;
        private SessionLock lock;

        Session(Path root, MilestoneId milestone, int attempt, Duration grace, ParallelPreferences parallel,
                Path worktree, List<String> command) {
            this.root = root;
            this.milestone = milestone;
            this.attempt = attempt;
            this.grace = grace;
            this.parallel = parallel;
            this.worktree = worktree;
            this.command = command;
            this.self = processes.self();
            this.startedAt = clock.instant();
        }

        WorkerOutcome run() {
            try (SessionLock held = channel.lockSession(root, milestone, new AutoLock(self.pid(), startedAt,
                    AutoLock.STARTING, AutoLock.BOOTSTRAP, startedAt))) {
                lock = held;
                // A signal sent before this worker started was meant for an earlier one (the original's stale-stop
                // bug); one sent since is for this worker and waits until its agent runs.
                Optional<WorkerSignal> early = channel.takeSignal(root, milestone)
                        .filter(signal -> !signal.sentAt().isBefore(startedAt));
                writeStatus();
                endOrphanedAgent();
                ProcessIdentity agent;
                try (AgentOutput output = channel.agentOutput(root, milestone)) {
                    try {
                        agent = processes.launch(new Launch(command, worktree, environment(),
                                channel.stdoutLog(root, milestone), channel.stderrLog(root, milestone)));
                    } catch (ProcessFailure e) {
                        channel.noteInStderrLog(root, milestone, "[gsd worker] could not start the agent: "
                                + e.getMessage());
                        return finish(StatusState.ERROR, WorkerOutcome.FAILED);
                    }
                    held.recordAgent(Optional.of(agent));
                    WorkerOutcome outcome = superviseOrGiveUp(agent, output, early);
                    held.recordAgent(Optional.empty());
                    return outcome;
                }
            } catch (SessionHeld e) {
                throw new BadInput(e.getMessage(), e);
            }
        }

        // Whatever goes wrong while supervising (a full disk, a vanished .gsd/parallel), the agent must not be left
        // running, or frozen by a pause, with nobody watching it.
        private WorkerOutcome superviseOrGiveUp(ProcessIdentity agent, AgentOutput output,
                Optional<WorkerSignal> early) {
            try {
                return supervise(agent, output, early);
            } catch (RuntimeException e) {
                try {
                    processes.stop(agent, grace);
                    channel.noteInStderrLog(root, milestone, "[gsd worker] gave up supervising: " + e.getMessage());
                    return finish(StatusState.ERROR, WorkerOutcome.FAILED);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                    throw e;
                }
            }
        }

        // A worker killed with SIGKILL leaves its agent running in its own session; never run two on one milestone.
        private void endOrphanedAgent() {
            Optional<ProcessIdentity> orphan = lock.previousAgent().filter(processes::isAlive);
            if (orphan.isPresent()) {
                channel.noteInStderrLog(root, milestone, "[gsd worker] stopping the agent left by an earlier worker"
                        + " (pid " + orphan.get().pid() + ")");
                processes.stop(orphan.get(), grace);
            }
        }

        private Map<String, String> environment() {
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("GSD_MILESTONE_LOCK", milestone.value());
            environment.put("GSD_PROJECT_ROOT", root.toString());
            environment.put("GSD_PARALLEL_WORKER", "1");
            environment.put("GSD_WORKER_ATTEMPT", Integer.toString(attempt));
            parallel.workerModel().ifPresent(model -> environment.put("GSD_WORKER_MODEL", model));
            return environment;
        }

        private WorkerOutcome supervise(ProcessIdentity agent, AgentOutput output, Optional<WorkerSignal> early) {
            Duration interval = Duration.ofMillis(parallel.heartbeatIntervalMs());
            Instant nextBeat = clock.instant().plus(interval);
            if (early.isPresent()) {
                act(agent, early.get().signal());
            }
            try (SignalWatch signals = channel.watchSignals(root, milestone)) {
                while (true) {
                    Duration untilBeat = Duration.between(clock.instant(), nextBeat);
                    Duration wait = untilBeat.isNegative() ? Duration.ZERO
                            : untilBeat.compareTo(TICK) < 0 ? untilBeat : TICK;
                    Optional<WorkerSignal> signal = signals.await(wait);
                    boolean changed = false;
                    if (stopRequested && !stopped) {
                        stop(agent);
                    }
                    if (signal.isPresent()) {
                        // claim it first: a signal sent while this one is acted on must not be deleted unread
                        Optional<WorkerSignal> taken = channel.takeSignal(root, milestone);
                        if (taken.isPresent()) {
                            changed = act(agent, taken.get().signal());
                        }
                    }
                    changed |= absorb(output.poll());
                    Optional<OptionalInt> exit = processes.awaitExit(agent, Duration.ZERO);
                    if (exit.isPresent()) {
                        absorb(output.finish());
                        return ended(agent, exit.get());
                    }
                    if (changed || !clock.instant().isBefore(nextBeat)) {
                        writeStatus();
                        nextBeat = clock.instant().plus(interval);
                    }
                }
            }
        }

        private boolean act(ProcessIdentity agent, SignalKind signal) {
            switch (signal) {
                case STOP:
                    stop(agent);
                    return true;
                case PAUSE:
                    if (state == StatusState.RUNNING) {
                        processes.signal(agent, ProcessSignal.PAUSE);
                        state = StatusState.PAUSED;
                        return true;
                    }
                    return false;
                case RESUME:
                    if (state == StatusState.PAUSED) {
                        processes.signal(agent, ProcessSignal.RESUME);
                        state = StatusState.RUNNING;
                        return true;
                    }
                    return false;
                default:
                    throw new IllegalStateException("unhandled signal " + signal);
            }
        }

        private void stop(ProcessIdentity agent) {
            stopped = true;
            channel.noteInStderrLog(root, milestone, "[gsd worker] stopping the agent (pid " + agent.pid() + ")");
            processes.stop(agent, grace);
        }

        private boolean absorb(List<AgentEvent> events) {
            boolean changed = false;
            for (AgentEvent event : events) {
                changed |= cost.accept(event);
                if (event instanceof AgentEvent.UnitStarted started) {
                    Instant now = clock.instant();
                    currentUnit = Optional.of(new CurrentUnit(started.unitType(), started.unitId(), now));
                    costAtUnitStart = cost.total();
                    lock.update(new AutoLock(self.pid(), now, started.unitType(), started.unitId(), now));
                    changed = true;
                } else if (event instanceof AgentEvent.UnitFinished finished) {
                    Instant now = clock.instant();
                    Instant unitStart = currentUnit.filter(u -> u.id().equals(finished.unitId()))
                            .map(CurrentUnit::startedAt).orElse(now);
                    channel.recordUnit(root, milestone, new UnitMetrics(finished.unitType(), finished.unitId(),
                            unitStart, now, cost.total().subtract(costAtUnitStart), 0), startedAt);
                    completedUnits++;
                    currentUnit = Optional.empty();
                    changed = true;
                }
            }
            return changed;
        }

        private WorkerOutcome ended(ProcessIdentity agent, OptionalInt exitCode) {
            // the agent's own children (tool shells, dev servers) must not outlive it unwatched
            if (processes.isGroupAlive(agent)) {
                processes.stop(agent, grace);
            }
            String code = exitCode.isPresent() ? Integer.toString(exitCode.getAsInt()) : "unknown";
            if (stopped) {
                return finish(StatusState.STOPPED, WorkerOutcome.STOPPED);
            }
            if (exitCode.isPresent() && exitCode.getAsInt() == 0) {
                return finish(StatusState.STOPPED, WorkerOutcome.COMPLETED);
            }
            channel.noteInStderrLog(root, milestone, "[gsd worker] agent exited with code " + code);
            return finish(StatusState.ERROR, WorkerOutcome.FAILED);
        }

        private WorkerOutcome finish(StatusState finalState, WorkerOutcome outcome) {
            state = finalState;
            currentUnit = Optional.empty();
            if (completedUnits == 0) {
                // An agent that reports no units of its own still leaves its spend in the ledger, as one unit.
                channel.recordUnit(root, milestone, new UnitMetrics(SESSION_UNIT_TYPE,
                        milestone.value() + "/attempt-" + attempt, startedAt, clock.instant(), cost.total(), 0),
                        startedAt);
            }
            writeStatus();
            return outcome;
        }

        private void writeStatus() {
            channel.writeStatus(root, new WorkerStatus(milestone, self.pid(), state, currentUnit, completedUnits,
                    cost.total(), clock.instant(), startedAt, worktree));
        }
    }
}
