package dev.gsd.parallel.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.agent.SimAgentSettings;
import dev.gsd.parallel.application.agent.SimulatedAgent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gsd sim-agent} as a verb: options into settings, NDJSON to stdout, outcomes into exit codes. */
class SimAgentCmdTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("GSD_MILESTONE_LOCK", "M003");

    @TempDir
    Path temp;

    /** Records what it was asked and answers as scripted. */
    private static final class ScriptedAgent implements SimulatedAgent {
        final List<SimAgentSettings> settings = new ArrayList<>();
        final List<Path> directories = new ArrayList<>();
        final List<Map<String, String>> environments = new ArrayList<>();
        RuntimeException failure;
        Outcome outcome = Outcome.completed();

        @Override
        public Outcome run(final SimAgentSettings given, final Map<String, String> environment, final Path directory,
                           final java.util.function.Consumer<String> ndjson) {
            settings.add(given);
            environments.add(environment);
            directories.add(directory);
            if (failure != null) {
                throw failure;
            }
            ndjson.accept("{\"type\":\"message_end\"}");
            ndjson.accept("{\"type\":\"message_end\"}");
            return outcome;
        }
    }

    private final ScriptedAgent agent = new ScriptedAgent();

    private CliRun gsd(final String... args) {
        final UseCases useCases = TestProjects.withAgent(TestProjects.emptyProjectAt(temp), agent);
        return CliRun.of(ENVIRONMENT, temp, useCases, List.of(), args);
    }

    @Test
    void passes_every_option_and_the_environment_and_prints_only_the_agents_lines() {
        final CliRun run = gsd("sim-agent", "--task-ms", "5", "--cost-per-task", "0.5", "--fail-at", "S01/T02",
                "--crash-at", "S01/T03", "--hang-at", "S02/T01", "--ignore-sigterm");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("{\"type\":\"message_end\"}\n{\"type\":\"message_end\"}\n", run.out().replace("\r\n", "\n"));
        assertEquals("", run.err());
        assertEquals(List.of(new SimAgentSettings(OptionalLong.of(5), Optional.of(new BigDecimal("0.5")),
                Optional.of("S01/T02"), Optional.of("S01/T03"), Optional.of("S02/T01"), true)), agent.settings);
        assertEquals(List.of(ENVIRONMENT), agent.environments);
        assertEquals(List.of(temp), agent.directories);
    }

    @Test
    void without_options_everything_is_left_to_the_environment() {
        gsd("sim-agent");

        assertEquals(List.of(SimAgentSettings.none()), agent.settings);
    }

    @Test
    void a_failure_as_told_exits_1_with_one_line() {
        agent.outcome = SimulatedAgent.Outcome.failed("failed at M003/S01/T02 as told");

        final CliRun run = gsd("sim-agent");

        assertEquals(1, run.exitCode());
        assertEquals("gsd: sim-agent: failed at M003/S01/T02 as told", run.onlyErrLine());
    }

    @Test
    void bad_input_exits_3_with_one_line() {
        agent.failure = new BadInput("GSD_MILESTONE_LOCK is not set");

        final CliRun run = gsd("sim-agent");

        assertEquals(3, run.exitCode());
        assertEquals("gsd: GSD_MILESTONE_LOCK is not set", run.onlyErrLine());
    }

    @Test
    void an_option_value_it_cannot_use_is_a_usage_error() {
        for (final String[] args : List.of(new String[] {"sim-agent", "--crash-at", "T02"},
                new String[] {"sim-agent", "--task-ms", "-1"}, new String[] {"sim-agent", "--cost-per-task", "-0.1"})) {
            final CliRun run = gsd(args);

            assertEquals(2, run.exitCode(), String.join(" ", args));
            assertTrue(run.errLines().get(0).startsWith("gsd: "), run.err());
        }
        assertEquals(List.of(), agent.settings);
    }
}
