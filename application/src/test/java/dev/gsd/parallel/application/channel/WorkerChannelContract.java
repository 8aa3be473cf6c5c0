package dev.gsd.parallel.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.process.ProcessIdentity;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link WorkerChannel} must do, for one project in {@link #root}. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
public abstract class WorkerChannelContract {

    protected static final MilestoneId M001 = new MilestoneId("M001");
    protected static final MilestoneId M002 = new MilestoneId("M002");
    protected static final Instant T0 = Instant.parse("2026-12-03T16:50:00.123Z");

    @TempDir
    protected Path root;

    protected WorkerChannel channel;

    protected abstract WorkerChannel create();

    /** Leaves a status file for {@code milestone} that cannot be understood. */
    protected abstract void plantCorruptStatus(MilestoneId milestone);

    @BeforeEach
    void open() {
        channel = create();
    }

    protected WorkerStatus status(MilestoneId milestone, StatusState state, String cost) {
        return new WorkerStatus(milestone, 4242, state,
                Optional.of(new CurrentUnit("execute-task", milestone.value() + "/S01/T01", T0.plusMillis(5))), 3,
                new BigDecimal(cost), T0.plusSeconds(9), T0, channel.worktree(root, milestone).toAbsolutePath());
    }

    @Test
    void a_status_reads_back_as_written_and_the_last_write_wins() {
        channel.writeStatus(root, status(M001, StatusState.RUNNING, "0.1"));
        channel.writeStatus(root, status(M001, StatusState.PAUSED, "0.30"));

        WorkerStatus read = channel.readStatus(root, M001).value().orElseThrow();
        assertEquals(StatusState.PAUSED, read.state());
        assertEquals(0, new BigDecimal("0.3").compareTo(read.cost()));
        assertEquals(status(M001, StatusState.PAUSED, "0.30").currentUnit(), read.currentUnit());
        assertEquals(T0.plusSeconds(9), read.lastHeartbeat());
        assertEquals(4242, read.pid());
    }

    @Test
    void a_status_without_a_current_unit_reads_back_without_one() {
        WorkerStatus idle = new WorkerStatus(M001, 7, StatusState.STOPPED, Optional.empty(), 0, BigDecimal.ZERO, T0,
                T0, channel.worktree(root, M001).toAbsolutePath());
        channel.writeStatus(root, idle);

        assertEquals(Optional.empty(), channel.readStatus(root, M001).value().orElseThrow().currentUnit());
    }

    @Test
    void missing_files_read_as_absent() {
        assertInstanceOf(ChannelFile.Absent.class, channel.readStatus(root, M001));
        assertInstanceOf(ChannelFile.Absent.class, channel.readSignal(root, M001));
        assertInstanceOf(ChannelFile.Absent.class, channel.readAutoLock(root, M001));
        assertInstanceOf(ChannelFile.Absent.class, channel.readMetrics(root, M001));
    }

    @Test
    void a_corrupt_status_reads_as_corrupt_not_as_an_error() {
        plantCorruptStatus(M001);

        assertInstanceOf(ChannelFile.Corrupt.class, channel.readStatus(root, M001));
        assertEquals(Optional.empty(), channel.readStatus(root, M001).value());
    }

    @Test
    void statuses_of_two_milestones_are_separate_and_delete_removes_one() {
        channel.writeStatus(root, status(M001, StatusState.RUNNING, "1"));
        channel.writeStatus(root, status(M002, StatusState.ERROR, "2"));
        channel.deleteStatus(root, M001);

        assertInstanceOf(ChannelFile.Absent.class, channel.readStatus(root, M001));
        assertEquals(StatusState.ERROR, channel.readStatus(root, M002).value().orElseThrow().state());
    }

    @Test
    void one_signal_slot_per_milestone_the_last_wins_and_delete_clears_it() {
        channel.sendSignal(root, M001, WorkerSignal.fromCoordinator(SignalKind.PAUSE, T0));
        channel.sendSignal(root, M001, WorkerSignal.fromCoordinator(SignalKind.STOP, T0.plusMillis(1)));

        assertEquals(WorkerSignal.fromCoordinator(SignalKind.STOP, T0.plusMillis(1)),
                channel.readSignal(root, M001).value().orElseThrow());
        channel.deleteSignal(root, M001);
        assertInstanceOf(ChannelFile.Absent.class, channel.readSignal(root, M001));
        channel.deleteSignal(root, M001); // deleting nothing is fine
    }

    @Test
    void taking_a_signal_removes_it_and_a_signal_sent_afterwards_waits() {
        channel.sendSignal(root, M001, WorkerSignal.fromCoordinator(SignalKind.PAUSE, T0));

        assertEquals(Optional.of(WorkerSignal.fromCoordinator(SignalKind.PAUSE, T0)), channel.takeSignal(root, M001));
        assertInstanceOf(ChannelFile.Absent.class, channel.readSignal(root, M001));
        assertEquals(Optional.empty(), channel.takeSignal(root, M001));

        channel.sendSignal(root, M001, WorkerSignal.fromCoordinator(SignalKind.RESUME, T0.plusMillis(1)));
        assertEquals(Optional.of(WorkerSignal.fromCoordinator(SignalKind.RESUME, T0.plusMillis(1))),
                channel.takeSignal(root, M001));
    }

    @Test
    void a_watch_sees_a_signal_that_is_already_there_and_one_that_arrives_later() throws Exception {
        try (SignalWatch watch = channel.watchSignals(root, M001)) {
            assertEquals(Optional.empty(), watch.await(Duration.ofMillis(20)));
            CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
                sleep(100);
                channel.sendSignal(root, M001, WorkerSignal.fromCoordinator(SignalKind.RESUME, T0));
            });
            long started = System.nanoTime();
            Optional<WorkerSignal> seen = watch.await(Duration.ofSeconds(10));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            later.get();

            assertEquals(SignalKind.RESUME, seen.orElseThrow().signal());
            assertTrue(millis < 2000, "the signal took " + millis + " ms to be seen");
            assertEquals(SignalKind.RESUME, watch.await(Duration.ZERO).orElseThrow().signal());
        }
    }

    @Test
    void a_watch_ignores_other_milestones() {
        try (SignalWatch watch = channel.watchSignals(root, M001)) {
            channel.sendSignal(root, M002, WorkerSignal.fromCoordinator(SignalKind.STOP, T0));

            assertEquals(Optional.empty(), watch.await(Duration.ofMillis(100)));
        }
    }

    @Test
    void the_session_lock_is_exclusive_shows_its_holder_and_is_released_on_close() {
        AutoLock content = new AutoLock(4242, T0, AutoLock.STARTING, AutoLock.BOOTSTRAP, T0);
        assertFalse(channel.isSessionHeld(root, M001));

        try (SessionLock lock = channel.lockSession(root, M001, content)) {
            assertTrue(channel.isSessionHeld(root, M001));
            assertTrue(channel.isSessionHeld(root, M001), "probing twice must not release it");
            assertFalse(channel.isSessionHeld(root, M002));
            assertEquals(content, channel.readAutoLock(root, M001).value().orElseThrow());
            assertThrows(SessionHeld.class, () -> channel.lockSession(root, M001, content));

            AutoLock working = new AutoLock(4242, T0.plusSeconds(1), "execute-task", "M001/S01/T01",
                    T0.plusSeconds(1));
            lock.update(working);
            assertEquals(working, channel.readAutoLock(root, M001).value().orElseThrow());
        }
        assertFalse(channel.isSessionHeld(root, M001));
        assertInstanceOf(ChannelFile.Absent.class, channel.readAutoLock(root, M001));
        channel.lockSession(root, M001, content).close(); // free again
    }

    @Test
    void the_next_holder_learns_the_agent_the_previous_one_recorded_unless_it_was_cleared() {
        AutoLock content = new AutoLock(4242, T0, AutoLock.STARTING, AutoLock.BOOTSTRAP, T0);
        ProcessIdentity agent = new ProcessIdentity(777, 123456);
        try (SessionLock first = channel.lockSession(root, M001, content)) {
            assertEquals(Optional.empty(), first.previousAgent());
            first.recordAgent(Optional.of(agent));
        }
        try (SessionLock second = channel.lockSession(root, M001, content)) {
            assertEquals(Optional.of(agent), second.previousAgent());
            second.recordAgent(Optional.empty());
        }
        try (SessionLock third = channel.lockSession(root, M001, content)) {
            assertEquals(Optional.empty(), third.previousAgent());
        }
    }

    @Test
    void recording_a_unit_adds_it_and_recording_it_again_replaces_it() {
        UnitMetrics first = new UnitMetrics("execute-task", "M001/S01/T01", T0, T0.plusSeconds(5),
                new BigDecimal("0.01"), 0);
        UnitMetrics second = new UnitMetrics("execute-task", "M001/S01/T02", T0.plusSeconds(5), T0.plusSeconds(9),
                new BigDecimal("0.02"), 0);
        UnitMetrics firstAgain = new UnitMetrics("execute-task", "M001/S01/T01", T0, T0.plusSeconds(6),
                new BigDecimal("0.015"), 0);

        channel.recordUnit(root, M001, first, T0);
        channel.recordUnit(root, M001, second, T0.plusSeconds(99));
        channel.recordUnit(root, M001, firstAgain, T0.plusSeconds(99));

        Metrics ledger = channel.readMetrics(root, M001).value().orElseThrow();
        assertEquals(T0.toEpochMilli(), ledger.projectStartedAt().toEpochMilli());
        assertEquals(2, ledger.units().size());
        List<String> ids = ledger.units().stream().map(UnitMetrics::id).sorted().toList();
        assertEquals(List.of("M001/S01/T01", "M001/S01/T02"), ids);
        UnitMetrics t01 = ledger.units().stream().filter(u -> u.id().endsWith("T01")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("0.015").compareTo(t01.cost()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
