package dev.gsd.parallel.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.domain.CommandRejected;
import dev.gsd.parallel.domain.run.RunCommand.FinishRun;
import dev.gsd.parallel.domain.run.RunCommand.StartRun;
import dev.gsd.parallel.domain.run.RunEvent.RunFinished;
import dev.gsd.parallel.domain.run.RunEvent.RunStarted;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunDeciderTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-03T10:05:00Z");

    private final RunDecider decider = new RunDecider();

    private List<RunEvent> given(List<RunEvent> history, RunCommand when) {
        return decider.decide(when, decider.fold(history));
    }

    @Test
    void a_new_run_starts() {
        assertEquals(List.of(new RunStarted("r1", 2, T0)), given(List.of(), new StartRun("r1", 2, T0)));
    }

    @Test
    void a_run_starts_only_once() {
        CommandRejected rejected = assertThrows(CommandRejected.class,
                () -> given(List.of(new RunStarted("r1", 2, T0)), new StartRun("r1", 2, T1)));
        assertEquals("run has already started", rejected.getMessage());
    }

    @Test
    void a_run_needs_a_worker_slot() {
        assertThrows(CommandRejected.class, () -> given(List.of(), new StartRun("r1", 0, T0)));
    }

    @Test
    void a_running_run_finishes_with_its_outcome() {
        assertEquals(List.of(new RunFinished("r1", RunOutcome.BLOCKED, T1)),
                given(List.of(new RunStarted("r1", 2, T0)), new FinishRun(RunOutcome.BLOCKED, T1)));
    }

    @Test
    void finishing_a_finished_run_changes_nothing() {
        List<RunEvent> history = List.of(new RunStarted("r1", 2, T0),
                new RunFinished("r1", RunOutcome.COMPLETED, T1));
        assertEquals(List.of(), given(history, new FinishRun(RunOutcome.CANCELLED, T1)));
    }

    @Test
    void finishing_a_run_that_never_started_is_refused() {
        assertThrows(CommandRejected.class, () -> given(List.of(), new FinishRun(RunOutcome.COMPLETED, T0)));
    }

    @Test
    void only_a_finished_run_is_terminal() {
        assertFalse(decider.isTerminal(decider.fold(List.of(new RunStarted("r1", 2, T0)))));
        assertTrue(decider.isTerminal(decider.fold(List.of(new RunStarted("r1", 2, T0),
                new RunFinished("r1", RunOutcome.COMPLETED, T1)))));
    }

    @Test
    void every_permitted_event_type_is_handled_by_evolve() {
        List<RunEvent> samples = List.of(new RunStarted("r1", 2, T0), new RunFinished("r1", RunOutcome.COMPLETED, T1));
        assertEquals(Arrays.stream(RunEvent.class.getPermittedSubclasses()).toList(),
                samples.stream().map(Object::getClass).toList(), "one sample per permitted event type");
        for (RunEvent event : samples) {
            decider.evolve(decider.initialState(), event);
        }
    }

    @Test
    void every_permitted_command_type_is_handled_by_decide() {
        Run running = decider.fold(List.of(new RunStarted("r1", 1, T0)));
        List<RunCommand> samples = List.of(new StartRun("r1", 1, T0), new FinishRun(RunOutcome.COMPLETED, T1));
        assertEquals(Arrays.stream(RunCommand.class.getPermittedSubclasses()).toList(),
                samples.stream().map(Object::getClass).toList(), "one sample per permitted command type");
        assertEquals(1, decider.decide(samples.get(0), decider.initialState()).size());
        assertEquals(1, decider.decide(samples.get(1), running).size());
    }
}
