package dev.gsd.parallel.simagent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.agent.SimAgentSettings;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** How options, environment and defaults combine into what the agent does. */
class ScriptTest {

    private final Map<String, String> environment = new HashMap<>(Map.of("GSD_MILESTONE_LOCK", "M002"));

    private Script resolve() {
        return Script.resolve(SimAgentSettings.none(), environment);
    }

    @Test
    void defaults() {
        final Script script = resolve();

        assertEquals(200, script.taskMillis());
        assertEquals(new BigDecimal("0.01"), script.costPerTask());
        assertEquals(Optional.empty(), script.failAt());
        assertEquals(Optional.empty(), script.crashAt());
        assertEquals(Optional.empty(), script.hangAt());
        assertFalse(script.ignoreSigterm());
    }

    @Test
    void the_environment_sets_every_setting() {
        environment.putAll(Map.of("GSD_SIM_TASK_MS", "7", "GSD_SIM_COST_PER_TASK", "0.5", "GSD_SIM_FAIL_AT", "S01/T01",
                "GSD_SIM_CRASH_AT", "S01/T02", "GSD_SIM_HANG_AT", "S02/T01", "GSD_SIM_IGNORE_SIGTERM", "true"));

        final Script script = resolve();

        assertEquals(7, script.taskMillis());
        assertEquals(new BigDecimal("0.5"), script.costPerTask());
        assertEquals(Optional.of(new TaskRef("S01", "T01")), script.failAt());
        assertEquals(Optional.of(new TaskRef("S01", "T02")), script.crashAt());
        assertEquals(Optional.of(new TaskRef("S02", "T01")), script.hangAt());
        assertTrue(script.ignoreSigterm());
    }

    @Test
    void options_win_over_the_environment() {
        environment.putAll(Map.of("GSD_SIM_TASK_MS", "7", "GSD_SIM_COST_PER_TASK", "0.5",
                "GSD_SIM_CRASH_AT_M002", "S01/T02"));

        final Script script = Script.resolve(new SimAgentSettings(OptionalLong.of(0),
                Optional.of(new BigDecimal("0.02")), Optional.empty(), Optional.of("S03/T04"), Optional.empty(), false),
                environment);

        assertEquals(0, script.taskMillis());
        assertEquals(new BigDecimal("0.02"), script.costPerTask());
        assertEquals(Optional.of(new TaskRef("S03", "T04")), script.crashAt());
    }

    @Test
    void a_milestone_suffix_wins_and_applies_to_that_milestone_only() {
        environment.putAll(Map.of("GSD_SIM_CRASH_AT", "S01/T01", "GSD_SIM_CRASH_AT_M002", "S02/T02",
                "GSD_SIM_FAIL_AT_M001", "S01/T01", "GSD_SIM_TASK_MS_M002", "3"));

        final Script script = resolve();

        assertEquals(Optional.of(new TaskRef("S02", "T02")), script.crashAt());
        assertEquals(Optional.empty(), script.failAt());
        assertEquals(3, script.taskMillis());
    }

    @Test
    void an_empty_suffixed_variable_switches_a_setting_off_for_that_milestone() {
        environment.putAll(Map.of("GSD_SIM_HANG_AT", "S01/T01", "GSD_SIM_HANG_AT_M002", ""));

        assertEquals(Optional.empty(), resolve().hangAt());
    }

    @Test
    void sim_once_keeps_failures_crashes_and_hangs_to_the_first_attempt() {
        environment.putAll(Map.of("GSD_SIM_FAIL_AT", "S01/T01", "GSD_SIM_CRASH_AT", "S01/T02",
                "GSD_SIM_HANG_AT", "S01/T03", "GSD_SIM_ONCE", "1"));
        assertTrue(resolve().failAt().isPresent());

        environment.put("GSD_WORKER_ATTEMPT", "1");
        assertTrue(resolve().crashAt().isPresent());

        environment.put("GSD_WORKER_ATTEMPT", "2");
        final Script second = resolve();
        assertEquals(Optional.empty(), second.failAt());
        assertEquals(Optional.empty(), second.crashAt());
        assertEquals(Optional.empty(), second.hangAt());

        final Script option = Script.resolve(new SimAgentSettings(OptionalLong.empty(), Optional.empty(),
                Optional.of("S01/T01"), Optional.empty(), Optional.empty(), false), environment);
        assertEquals(Optional.empty(), option.failAt());
    }

    @Test
    void without_sim_once_a_restart_meets_the_same_disruption() {
        environment.putAll(Map.of("GSD_SIM_CRASH_AT", "S01/T02", "GSD_WORKER_ATTEMPT", "3"));

        assertTrue(resolve().crashAt().isPresent());
    }

    @Test
    void unusable_values_are_bad_input_naming_the_variable() {
        assertEquals("GSD_SIM_TASK_MS=-1 is not a number of milliseconds (0 or more)", refusal("GSD_SIM_TASK_MS", "-1"));
        assertEquals("GSD_SIM_TASK_MS_M002=soon is not a number of milliseconds (0 or more)",
                refusal("GSD_SIM_TASK_MS_M002", "soon"));
        assertEquals("GSD_SIM_COST_PER_TASK=$1 is not an amount in USD (0 or more, e.g. 0.01)",
                refusal("GSD_SIM_COST_PER_TASK", "$1"));
        assertEquals("GSD_SIM_CRASH_AT_M002=T02 is not a task: write it as S01/T02", refusal("GSD_SIM_CRASH_AT_M002",
                "T02"));
        assertEquals("GSD_SIM_IGNORE_SIGTERM=maybe is not a switch: use 1 (on) or 0 (off)",
                refusal("GSD_SIM_IGNORE_SIGTERM", "maybe"));
        assertEquals("GSD_WORKER_ATTEMPT=two is not a number (1 for a first start)", refusal("GSD_WORKER_ATTEMPT",
                "two"));
        assertEquals("GSD_MILESTONE_LOCK=m2 is not a milestone id (M001 or M001-abc123)",
                refusal("GSD_MILESTONE_LOCK", "m2"));
    }

    private String refusal(final String name, final String value) {
        final Map<String, String> bad = new HashMap<>(environment);
        bad.put(name, value);
        bad.put("GSD_SIM_ONCE", "1");
        return assertThrows(BadInput.class, () -> Script.resolve(SimAgentSettings.none(), bad)).getMessage();
    }
}
