package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.agent.SimAgentSettings;
import dev.gsd.parallel.application.agent.SimulatedAgent;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gsd sim-agent}: the deterministic agent that works through a milestone's plan in a worktree. Its stdout is
 * NDJSON only (one {@code message_end} line per task, flushed at once, since the worker reads the cost while the agent
 * runs); errors are one line on stderr.
 */
@Command(name = "sim-agent",
        description = "The simulated agent: works through the milestone's plan in the current worktree, "
                + "one commit per task, slice and milestone. Options win over the GSD_SIM_* environment variables; "
                + "a variable ending in _<MID> applies to that milestone only.",
        sortOptions = false)
final class SimAgentCmd implements Callable<Integer> {

    private final CliContext context;
    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--task-ms", paramLabel = "N", description = "Milliseconds per task (default: 200).")
    private Long taskMillis;

    @Option(names = "--cost-per-task", paramLabel = "X", description = "USD reported per task (default: 0.01).")
    private BigDecimal costPerTask;

    @Option(names = "--fail-at", paramLabel = "S01/T02", description = "Exit 1 at this task.")
    private String failAt;

    @Option(names = "--crash-at", paramLabel = "S01/T02",
            description = "Kill itself (SIGKILL) at this task, after writing its lines and before committing.")
    private String crashAt;

    @Option(names = "--hang-at", paramLabel = "S01/T02", description = "Stop making progress at this task.")
    private String hangAt;

    @Option(names = "--ignore-sigterm", description = "Ignore SIGTERM.")
    private boolean ignoreSigterm;

    SimAgentCmd(final CliContext context, final Map<String, String> environment) {
        this.context = context;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() {
        final SimAgentSettings settings;
        try {
            settings = new SimAgentSettings(
                    taskMillis == null ? OptionalLong.empty() : OptionalLong.of(taskMillis),
                    Optional.ofNullable(costPerTask), Optional.ofNullable(failAt), Optional.ofNullable(crashAt),
                    Optional.ofNullable(hangAt), ignoreSigterm);
        } catch (final IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        final PrintWriter out = spec.commandLine().getOut();
        final SimulatedAgent.Outcome outcome = context.useCases().simulatedAgent().run(
                settings, environment, context.projectDirectory(), line -> {
                    out.println(line);
                    out.flush();
                });
        outcome.failure().ifPresent(failure -> {
            throw new GsdFailure(ExitCode.INTERNAL_ERROR, "sim-agent: " + failure);
        });
        return ExitCode.SUCCESS.code();
    }
}
