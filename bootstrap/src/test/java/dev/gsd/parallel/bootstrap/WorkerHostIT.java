package dev.gsd.parallel.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.adapters.ipc.FileWorkerChannel;
import dev.gsd.parallel.application.channel.ChannelFile;
import dev.gsd.parallel.application.channel.SignalKind;
import dev.gsd.parallel.application.channel.StatusState;
import dev.gsd.parallel.application.channel.WorkerSignal;
import dev.gsd.parallel.application.channel.WorkerStatus;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gsd worker} as the coordinator runs it: the real jar in its own JVM (with {@link WorkerJvm#FLAGS}) hosting
 * a shell-script agent in a temporary project, observed only through the channel files, as the coordinator will.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkerHostIT {

    private static final MilestoneId M001 = new MilestoneId("M001");
    private static final Path AGENT = Path.of(System.getProperty("basedir", "."), "src", "test", "resources",
            "agents", "test-agent.sh");
    private static final long HEARTBEAT_MS = 200;

    @TempDir
    Path root;

    private final FileWorkerChannel channel = new FileWorkerChannel();
    private final List<Process> workers = new ArrayList<>();
    private Path worktree;

    @BeforeEach
    void project() throws IOException {
        worktree = Files.createDirectories(root.resolve(".gsd/worktrees/M001"));
        Files.createDirectories(root.resolve("gsd-home"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process worker : workers) {
            worker.destroyForcibly();
            worker.waitFor();
        }
        killGroupOf(worktree.resolve("agent.pid"));
        killGroupOf(worktree.resolve("child.pid"));
        killGroupOf(worktree.resolve("grandchild.pid"));
        killGroupOf(root.resolve("orphan.pid"));
    }

    private void preferences(String agentMode) throws IOException {
        Files.writeString(root.resolve(".gsd/PREFERENCES.md"), "---\nparallel:\n  enabled: true\n"
                + "  worker_command: \"sh '" + AGENT + "' " + agentMode + "\"\n"
                + "  heartbeat_interval_ms: " + HEARTBEAT_MS + "\n---\n");
    }

    private Process worker(String... options) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(WorkerJvm.FLAGS);
        command.addAll(List.of("-jar", GsdJar.JAR.toString(), "-C", root.toString(), "worker", "--milestone", "M001"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(root.resolve("worker.out").toFile())
                .redirectError(root.resolve("worker.err").toFile());
        builder.environment().put("GSD_HOME", root.resolve("gsd-home").toString());
        Process worker = builder.start();
        workers.add(worker);
        return worker;
    }

    private int exitOf(Process worker) throws Exception {
        assertTrue(worker.waitFor(30, TimeUnit.SECONDS), "worker still running");
        return worker.exitValue();
    }

    private WorkerStatus awaitStatus(Predicate<WorkerStatus> wanted, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        ChannelFile<WorkerStatus> last = ChannelFile.absent();
        while (System.nanoTime() < deadline) {
            last = channel.readStatus(root, M001);
            if (last.value().isPresent() && wanted.test(last.value().get())) {
                return last.value().get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("never saw " + what + "; last status " + last + "\n" + workerErr());
    }

    private String workerErr() throws IOException {
        Path err = root.resolve("worker.err");
        return Files.exists(err) ? Files.readString(err) : "";
    }

    private void signal(SignalKind kind) {
        channel.sendSignal(root, M001, WorkerSignal.fromCoordinator(kind, Instant.now()));
    }

    private long progress() throws IOException {
        Path file = worktree.resolve("progress");
        return Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) : 0;
    }

    @Test
    void costs_of_the_three_dialects_add_up_exactly_malformed_lines_are_skipped_and_the_attempt_is_exported()
            throws Exception {
        preferences("costs");
        Process worker = worker("--attempt", "3");

        assertEquals(0, exitOf(worker), workerErr());

        WorkerStatus status = channel.readStatus(root, M001).value().orElseThrow();
        assertEquals(0, new BigDecimal("2.6").compareTo(status.cost()), "0.1 + 0.2 + 2.25 (last total) + 0.05");
        assertEquals(StatusState.STOPPED, status.state());
        assertEquals(worker.pid(), status.pid(), "the status names the worker process");
        assertEquals(worktree.toString(), status.worktreePath().toString());
        assertEquals("3", Files.readString(worktree.resolve("attempt.txt")).trim());
        assertEquals(0, new BigDecimal("2.6").compareTo(
                channel.readMetrics(root, M001).value().orElseThrow().units().get(0).cost()));
        assertFalse(channel.isSessionHeld(root, M001));
    }

    @Test
    void children_the_agent_leaves_behind_are_stopped_when_it_exits() throws Exception {
        preferences("leaves");
        Process worker = worker();

        assertEquals(0, exitOf(worker), workerErr());

        long child = Long.parseLong(Files.readString(worktree.resolve("child.pid")).trim());
        assertFalse(running(child), "the agent's background child must not outlive it");
    }

    @Test
    void a_failing_agent_makes_the_worker_exit_10_with_status_error() throws Exception {
        preferences("fail");

        assertEquals(10, exitOf(worker()));
        assertEquals(StatusState.ERROR, channel.readStatus(root, M001).value().orElseThrow().state());
        assertTrue(Files.readString(channel.stderrLog(root, M001)).contains("agent exited with code 3"));
    }

    @Test
    void the_heartbeat_beats_on_schedule_and_goes_on_while_pause_freezes_the_agent_until_resume() throws Exception {
        preferences("count");
        Process worker = worker();
        awaitStatus(s -> s.state() == StatusState.RUNNING, "running");

        TreeSet<Long> beats = new TreeSet<>();
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10 * HEARTBEAT_MS);
        while (System.nanoTime() < until) {
            channel.readStatus(root, M001).value().ifPresent(s -> beats.add(s.lastHeartbeat().toEpochMilli()));
            Thread.sleep(10);
        }
        assertTrue(beats.size() >= 7, "10 intervals gave " + beats.size() + " heartbeats: " + beats);
        long widest = 0;
        Long previous = null;
        for (long beat : beats) {
            widest = previous == null ? 0 : Math.max(widest, beat - previous);
            previous = beat;
        }
        assertTrue(widest <= 2 * HEARTBEAT_MS, "a gap of " + widest + " ms between heartbeats");

        signal(SignalKind.PAUSE);
        WorkerStatus paused = awaitStatus(s -> s.state() == StatusState.PAUSED, "paused");
        Thread.sleep(100);
        long frozen = progress();
        awaitStatus(s -> s.state() == StatusState.PAUSED
                && s.lastHeartbeat().toEpochMilli() >= paused.lastHeartbeat().toEpochMilli() + 3 * HEARTBEAT_MS,
                "heartbeats while paused");
        assertEquals(frozen, progress(), "the agent made progress while paused");
        assertInstanceOf(ChannelFile.Absent.class, channel.readSignal(root, M001), "a handled signal is deleted");

        signal(SignalKind.RESUME);
        awaitStatus(s -> s.state() == StatusState.RUNNING, "running again");
        Thread.sleep(300);
        assertTrue(progress() > frozen, "no progress after resume");

        signal(SignalKind.STOP);
        assertEquals(11, exitOf(worker), workerErr());
        assertEquals(StatusState.STOPPED, channel.readStatus(root, M001).value().orElseThrow().state());
    }

    @Test
    void stop_ends_an_agent_that_ignores_sigterm_with_its_whole_tree_within_grace_plus_one_second() throws Exception {
        preferences("stubborn");
        Process worker = worker("--stop-grace-ms", "1000");
        awaitStatus(s -> s.state() == StatusState.RUNNING, "running");
        long grandchild = awaitPid(worktree.resolve("grandchild.pid"));
        long agent = awaitPid(worktree.resolve("agent.pid"));
        assertTrue(ProcessHandle.of(grandchild).isPresent());

        long started = System.nanoTime();
        signal(SignalKind.STOP);
        int exit = exitOf(worker);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(11, exit, workerErr());
        assertTrue(millis <= 2000, "stop took " + millis + " ms with a 1000 ms grace");
        assertFalse(running(agent), "the agent survived");
        assertFalse(running(grandchild), "the double-forked grandchild survived");
    }

    @Test
    void a_worker_killed_with_sigkill_is_seen_dead_through_its_lock_within_two_seconds() throws Exception {
        preferences("count");
        Process worker = worker();
        awaitStatus(s -> s.state() == StatusState.RUNNING, "running");
        assertTrue(channel.isSessionHeld(root, M001));
        // the agent outlives a SIGKILLed worker (its own session): know its pid first, so clean-up can end it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(worktree.resolve("agent.pid")) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        long killed = System.nanoTime();
        worker.destroyForcibly(); // SIGKILL
        while (channel.isSessionHeld(root, M001)) {
            assertTrue(System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(2), "lock still held after 2 s");
            Thread.sleep(5);
        }
        long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - killed);
        System.getLogger("WorkerHostIT").log(System.Logger.Level.INFO, "kill -9 to lock free: " + micros + " µs");
    }

    @Test
    void a_restarted_worker_first_ends_the_agent_orphaned_by_a_worker_killed_with_sigkill() throws Exception {
        preferences("count");
        Process first = worker();
        awaitStatus(s -> s.state() == StatusState.RUNNING, "running");
        long orphan = awaitPid(worktree.resolve("agent.pid"));
        Files.writeString(root.resolve("orphan.pid"), Long.toString(orphan)); // for cleanUp, whatever happens
        awaitPid(root.resolve(".gsd/parallel/M001.worker.lock")); // the worker has recorded its agent
        first.destroyForcibly();
        first.waitFor();
        assertTrue(running(orphan), "the agent runs on after its worker was killed");
        Files.delete(worktree.resolve("agent.pid"));

        Process second = worker("--attempt", "2");
        long replacement = awaitPid(worktree.resolve("agent.pid"));

        assertFalse(running(orphan), "the orphaned agent still runs next to its replacement");
        assertTrue(running(replacement));
        assertEquals("2", Files.readString(worktree.resolve("attempt.txt")).trim());
        signal(SignalKind.STOP);
        assertEquals(11, exitOf(second));
    }

    @Test
    void a_stale_signal_left_from_an_earlier_worker_is_cleared_at_start() throws Exception {
        preferences("count");
        signal(SignalKind.STOP);

        Process worker = worker();
        awaitStatus(s -> s.state() == StatusState.RUNNING, "running");
        Thread.sleep(500);

        assertTrue(worker.isAlive(), "the stale stop stopped the new worker\n" + workerErr());
        assertInstanceOf(ChannelFile.Absent.class, channel.readSignal(root, M001));
        signal(SignalKind.STOP);
        assertEquals(11, exitOf(worker));
    }

    @Test
    void a_second_worker_for_the_same_milestone_is_refused_with_exit_3() throws Exception {
        preferences("count");
        Process first = worker();
        awaitStatus(s -> s.state() == StatusState.RUNNING, "running");

        Process second = worker();

        assertEquals(3, exitOf(second));
        assertTrue(first.isAlive());
        signal(SignalKind.STOP);
        assertEquals(11, exitOf(first));
    }

    private static boolean running(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return false;
        }
        try {
            String line = Files.readString(stat);
            char state = line.substring(line.lastIndexOf(')') + 2).charAt(0);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    private static long awaitPid(Path file) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(file) || Files.readString(file).isBlank()) {
            assertTrue(System.nanoTime() < deadline, "no " + file);
            Thread.sleep(10);
        }
        return Long.parseLong(Files.readString(file).trim().split(" ")[0]);
    }

    private static void killGroupOf(Path pidFile) throws Exception {
        if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
            String pid = Files.readString(pidFile).trim();
            new ProcessBuilder("kill", "-KILL", "--", "-" + pid).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            new ProcessBuilder("kill", "-KILL", pid).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
    }

}
