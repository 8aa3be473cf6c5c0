package dev.gsd.parallel.application.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.ReadResult;
import dev.gsd.parallel.application.channel.AgentEvent;
import dev.gsd.parallel.application.channel.AutoLock;
import dev.gsd.parallel.application.channel.ChannelFile;
import dev.gsd.parallel.application.channel.InMemoryWorkerChannel;
import dev.gsd.parallel.application.channel.SignalKind;
import dev.gsd.parallel.application.channel.StatusState;
import dev.gsd.parallel.application.channel.UnitMetrics;
import dev.gsd.parallel.application.channel.WorkerSignal;
import dev.gsd.parallel.application.channel.WorkerStatus;
import dev.gsd.parallel.application.preferences.GitPreferences;
import dev.gsd.parallel.application.preferences.ParallelPreferences;
import dev.gsd.parallel.application.preferences.Preferences;
import dev.gsd.parallel.application.process.InMemoryWorkerProcesses;
import dev.gsd.parallel.application.process.Launch;
import dev.gsd.parallel.application.process.ProcessIdentity;
import dev.gsd.parallel.application.project.InMemoryProjectPlans;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The worker host on twins: signals, cost, progress and the final status, without a real process. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WorkerHostTest {

    private static final MilestoneId M001 = new MilestoneId("M001");

    @TempDir
    Path root;

    private final InMemoryWorkerProcesses processes = new InMemoryWorkerProcesses();
    private final InMemoryWorkerChannel channel = new InMemoryWorkerChannel();
    private String workerCommand = "agent --go";

    @BeforeEach
    void worktree() throws Exception {
        Files.createDirectories(root.resolve(".gsd/worktrees/M001"));
    }

    private WorkerHost host() {
        ParallelPreferences defaults = ParallelPreferences.defaults();
        ParallelPreferences parallel = new ParallelPreferences(true, 2, Optional.empty(), defaults.mergeStrategy(),
                defaults.autoMerge(), workerCommand, Optional.of("opus"), 50, 15000, 1);
        return new WorkerHost(new InMemoryProjectPlans(root, ProjectPlan.of(List.of()), List.of()),
                r -> new ReadResult<>(new Preferences(parallel, GitPreferences.defaults()), List.of()), processes,
                channel, line -> Arrays.asList(line.split(" ")), new GsdProgram(List.of("java", "-jar", "gsd.jar")),
                Clock.systemUTC());
    }

    private CompletableFuture<WorkerOutcome> hostInBackground(WorkerHost host) {
        int launched = processes.launches().size();
        CompletableFuture<WorkerOutcome> outcome = CompletableFuture.supplyAsync(
                () -> host.host(root, M001, 2, Duration.ofMillis(200)));
        awaitStatus(s -> true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (processes.launches().size() == launched && System.nanoTime() < deadline) {
            sleep(1);
        }
        return outcome;
    }

    private WorkerStatus awaitStatus(Predicate<WorkerStatus> wanted) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Optional<WorkerStatus> status = channel.readStatus(root, M001).value();
            if (status.isPresent() && wanted.test(status.get())) {
                return status.get();
            }
            sleep(5);
        }
        throw new AssertionError("no such status; last: " + channel.readStatus(root, M001));
    }

    @Test
    void runs_the_agent_in_the_worktree_with_the_worker_environment_and_expands_gsd() throws Exception {
        workerCommand = "{gsd} sim-agent";
        CompletableFuture<WorkerOutcome> outcome = hostInBackground(host());
        ProcessIdentity agent = processes.last();

        Launch launch = processes.launches().get(0);
        assertEquals(List.of("java", "-jar", "gsd.jar", "sim-agent"), launch.command());
        assertEquals(root.resolve(".gsd/worktrees/M001"), launch.directory());
        assertEquals("M001", launch.environment().get("GSD_MILESTONE_LOCK"));
        assertEquals(root.toString(), launch.environment().get("GSD_PROJECT_ROOT"));
        assertEquals("1", launch.environment().get("GSD_PARALLEL_WORKER"));
        assertEquals("2", launch.environment().get("GSD_WORKER_ATTEMPT"));
        assertEquals("opus", launch.environment().get("GSD_WORKER_MODEL"));
        assertEquals(channel.stdoutLog(root, M001), launch.stdout());
        assertTrue(channel.isSessionHeld(root, M001));
        assertEquals(1, channel.readAutoLock(root, M001).value().orElseThrow().pid());

        processes.exit(agent, 0);
        assertEquals(WorkerOutcome.COMPLETED, outcome.get());
        WorkerStatus last = channel.readStatus(root, M001).value().orElseThrow();
        assertEquals(StatusState.STOPPED, last.state());
        assertEquals(1, last.pid(), "the status names the worker, not the agent");
        assertTrue(!channel.isSessionHeld(root, M001));
        assertInstanceOf(ChannelFile.Absent.class, channel.readAutoLock(root, M001));
    }

    @Test
    void costs_are_summed_and_a_running_total_replaces_the_previous_one() throws Exception {
        CompletableFuture<WorkerOutcome> outcome = hostInBackground(host());
        channel.agentSays(root, M001, new AgentEvent.CostAdded(new BigDecimal("0.1")),
                new AgentEvent.Malformed(2), new AgentEvent.CostAdded(new BigDecimal("0.2")),
                new AgentEvent.CostSoFar(new BigDecimal("1.5")), new AgentEvent.CostSoFar(new BigDecimal("2")));

        awaitStatus(s -> s.cost().compareTo(new BigDecimal("2.3")) == 0);
        processes.exit(processes.last(), 0);
        outcome.get();
        UnitMetrics session = channel.readMetrics(root, M001).value().orElseThrow().units().get(0);
        assertEquals(0, new BigDecimal("2.3").compareTo(session.cost()));
        assertEquals("M001/attempt-2", session.id());
    }

    @Test
    void units_reported_by_the_agent_become_progress_lock_content_and_metrics() throws Exception {
        CompletableFuture<WorkerOutcome> outcome = hostInBackground(host());
        channel.agentSays(root, M001, new AgentEvent.UnitStarted("execute-task", "M001/S01/T01"));
        WorkerStatus working = awaitStatus(s -> s.currentUnit().isPresent());
        assertEquals("M001/S01/T01", working.currentUnit().get().id());
        AutoLock lock = channel.readAutoLock(root, M001).value().orElseThrow();
        assertEquals("execute-task", lock.unitType());

        channel.agentSays(root, M001, new AgentEvent.CostAdded(new BigDecimal("0.01")),
                new AgentEvent.UnitFinished("execute-task", "M001/S01/T01"));
        awaitStatus(s -> s.completedUnits() == 1 && s.currentUnit().isEmpty());
        processes.exit(processes.last(), 0);
        outcome.get();

        List<UnitMetrics> units = channel.readMetrics(root, M001).value().orElseThrow().units();
        assertEquals(1, units.size());
        assertEquals("M001/S01/T01", units.get(0).id());
        assertEquals(0, new BigDecimal("0.01").compareTo(units.get(0).cost()));
    }

    @Test
    void pause_and_resume_signal_the_group_the_heartbeat_goes_on_and_each_signal_is_deleted() throws Exception {
        CompletableFuture<WorkerOutcome> outcome = hostInBackground(host());
        ProcessIdentity agent = processes.last();

        channel.sendSignal(root, M001, WorkerSignal.fromCoordinator(SignalKind.PAUSE, Instant.now()));
        WorkerStatus paused = awaitStatus(s -> s.state() == StatusState.PAUSED);
        assertTrue(processes.isPaused(agent));
        awaitStatus(s -> s.state() == StatusState.PAUSED && s.lastHeartbeat().isAfter(paused.lastHeartbeat()));
        assertInstanceOf(ChannelFile.Absent.class, channel.readSignal(root, M001));

        channel.sendSignal(root, M001, WorkerSignal.fromCoordinator(SignalKind.RESUME, Instant.now()));
        awaitStatus(s -> s.state() == StatusState.RUNNING);
        assertTrue(!processes.isPaused(agent));

        processes.exit(agent, 0);
        assertEquals(WorkerOutcome.COMPLETED, outcome.get());
    }

    @Test
    void stop_ends_the_agent_with_sigterm_then_sigkill_and_the_outcome_is_stopped() throws Exception {
        workerCommand = "ignore-term";
        CompletableFuture<WorkerOutcome> outcome = hostInBackground(host());
        ProcessIdentity agent = processes.last();

        channel.sendSignal(root, M001, WorkerSignal.fromCoordinator(SignalKind.STOP, Instant.now()));

        assertEquals(WorkerOutcome.STOPPED, outcome.get());
        assertEquals(List.of(agent.pid() + " TERMINATE", agent.pid() + " RESUME", agent.pid() + " KILL"),
                processes.signals());
        assertEquals(StatusState.STOPPED, channel.readStatus(root, M001).value().orElseThrow().state());
        assertInstanceOf(ChannelFile.Absent.class, channel.readSignal(root, M001));
    }

    @Test
    void a_stop_requested_from_outside_stops_like_a_signal() throws Exception {
        WorkerHost host = host();
        CompletableFuture<WorkerOutcome> outcome = hostInBackground(host);

        host.requestStop();

        assertEquals(WorkerOutcome.STOPPED, outcome.get());
        assertTrue(host.awaitFinished(Duration.ofSeconds(1)));
    }

    @Test
    void an_agent_that_fails_leaves_status_error_and_a_note() throws Exception {
        CompletableFuture<WorkerOutcome> outcome = hostInBackground(host());

        processes.exit(processes.last(), 3);

        assertEquals(WorkerOutcome.FAILED, outcome.get());
        assertEquals(StatusState.ERROR, channel.readStatus(root, M001).value().orElseThrow().state());
        assertEquals(List.of("[gsd worker] agent exited with code 3"), channel.stderrNotes(root, M001));
    }

    @Test
    void an_agent_that_cannot_start_fails() {
        workerCommand = "no-such-command";

        assertEquals(WorkerOutcome.FAILED, host().host(root, M001, 1, Duration.ZERO));
        assertEquals(StatusState.ERROR, channel.readStatus(root, M001).value().orElseThrow().state());
    }

    @Test
    void an_agent_orphaned_by_a_killed_worker_is_stopped_before_the_new_one_starts() throws Exception {
        CompletableFuture<WorkerOutcome> first = hostInBackground(host());
        ProcessIdentity orphan = processes.last();
        // The worker dies without a word: its lock is released, its record of the agent stays.
        channel.simulateHolderDeath(root, M001);

        CompletableFuture<WorkerOutcome> second = hostInBackground(host());

        assertTrue(!processes.isAlive(orphan), "the orphan must be stopped");
        assertTrue(processes.isAlive(processes.last()));
        processes.exit(processes.last(), 0);
        assertEquals(WorkerOutcome.COMPLETED, second.get());
        first.cancel(true);
    }

    @Test
    void a_stale_signal_is_cleared_at_start() throws Exception {
        channel.sendSignal(root, M001, WorkerSignal.fromCoordinator(SignalKind.STOP, Instant.EPOCH));

        CompletableFuture<WorkerOutcome> outcome = hostInBackground(host());
        sleep(200);

        assertTrue(!outcome.isDone(), "the stale stop must not stop the new worker");
        processes.exit(processes.last(), 0);
        assertEquals(WorkerOutcome.COMPLETED, outcome.get());
    }

    @Test
    void a_milestone_without_a_worktree_or_with_a_live_worker_is_refused() {
        assertThrows(BadInput.class, () -> host().host(root, new MilestoneId("M002"), 1, Duration.ZERO));
        try (var held = channel.lockSession(root, M001, new AutoLock(9, Instant.EPOCH, "a", "b", Instant.EPOCH))) {
            assertThrows(BadInput.class, () -> host().host(root, M001, 1, Duration.ZERO));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
