package dev.gsd.parallel.application.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link WorkerProcesses} must do. Implementations say how to express three programs: one that runs
 * until signalled, one that exits at once with a code, and one that ignores SIGTERM.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class WorkerProcessesContract {

    protected static final Duration SHORT_GRACE = Duration.ofMillis(300);

    @TempDir
    protected Path dir;

    protected WorkerProcesses processes;

    private final java.util.List<ProcessIdentity> started = new java.util.ArrayList<>();

    protected abstract WorkerProcesses create();

    /** Runs until signalled. */
    protected abstract List<String> sleeper();

    /** Ends at once with {@code code}. */
    protected abstract List<String> exitingWith(int code);

    /** Runs until SIGKILL. */
    protected abstract List<String> ignoringSigterm();

    protected final ProcessIdentity launch(List<String> command) {
        if (processes == null) {
            processes = create();
        }
        ProcessIdentity process = processes.launch(new Launch(command, dir, Map.of("GSD_TEST", "1"),
                dir.resolve("out.log"), dir.resolve("err.log")));
        started.add(process);
        return process;
    }

    @AfterEach
    void killLeftovers() {
        if (processes != null) {
            processes.stopAll(started, Duration.ZERO);
        }
    }

    @Test
    void a_launched_process_is_alive_until_stopped_then_dead() {
        ProcessIdentity process = launch(sleeper());

        assertTrue(processes.isAlive(process));
        assertTrue(processes.isGroupAlive(process));
        assertEquals(StopOutcome.TERMINATED, processes.stop(process, Duration.ofSeconds(5)));
        assertFalse(processes.isAlive(process));
        assertFalse(processes.isGroupAlive(process));
    }

    @Test
    void the_exit_code_of_an_own_child_is_known() {
        ProcessIdentity process = launch(exitingWith(7));

        assertEquals(Optional.of(OptionalInt.of(7)), processes.awaitExit(process, Duration.ofSeconds(10)));
        assertFalse(processes.isAlive(process));
    }

    @Test
    void await_exit_answers_empty_while_it_still_runs() {
        ProcessIdentity process = launch(sleeper());

        assertEquals(Optional.empty(), processes.awaitExit(process, Duration.ofMillis(50)));
    }

    @Test
    void stop_kills_what_ignores_sigterm_after_the_grace_period() {
        ProcessIdentity process = launch(ignoringSigterm());
        sleepABit(); // let a shell install its trap

        assertEquals(StopOutcome.KILLED, processes.stop(process, SHORT_GRACE));
        assertFalse(processes.isGroupAlive(process));
    }

    @Test
    void stopping_what_already_ended_says_so() {
        ProcessIdentity process = launch(exitingWith(0));
        processes.awaitExit(process, Duration.ofSeconds(10));

        assertEquals(StopOutcome.ALREADY_GONE, processes.stop(process, SHORT_GRACE));
    }

    @Test
    void a_paused_process_is_alive_and_stop_still_ends_it() {
        ProcessIdentity process = launch(sleeper());

        processes.signal(process, ProcessSignal.PAUSE);
        assertTrue(processes.isAlive(process));
        assertEquals(StopOutcome.TERMINATED, processes.stop(process, Duration.ofSeconds(5)));
    }

    @Test
    void stop_all_stops_in_parallel() {
        List<ProcessIdentity> stubborn = List.of(launch(ignoringSigterm()), launch(ignoringSigterm()),
                launch(ignoringSigterm()));
        sleepABit();

        long started = System.nanoTime();
        Map<ProcessIdentity, StopOutcome> outcomes = processes.stopAll(stubborn, Duration.ofSeconds(1));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(3, outcomes.size());
        outcomes.values().forEach(outcome -> assertEquals(StopOutcome.KILLED, outcome));
        assertTrue(millis < 2500, "three stops of 1 s grace took " + millis + " ms");
    }

    @Test
    void a_pid_with_another_start_mark_is_not_the_same_process() {
        ProcessIdentity process = launch(sleeper());

        assertFalse(processes.isAlive(new ProcessIdentity(process.pid(), process.startMark() + 1)));
    }

    @Test
    void self_is_alive() {
        processes = create();

        assertTrue(processes.isAlive(processes.self()));
    }

    @Test
    void a_command_that_cannot_start_fails_as_a_process_failure() {
        processes = create();

        assertThrows(ProcessFailure.class, () -> processes.launch(new Launch(List.of("no-such-command"),
                dir.resolve("missing-dir"), Map.of(), dir.resolve("o"), dir.resolve("e"))));
    }

    private static void sleepABit() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
