package dev.gsd.parallel.adapters.cli;

import java.math.BigDecimal;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gsd sim-agent}: the deterministic agent that works through a milestone's plan in a worktree. */
@Command(name = "sim-agent",
        description = "The simulated agent: works through the milestone's plan in the current worktree, "
                + "one commit per task, slice and milestone.",
        sortOptions = false)
final class SimAgentCmd implements Callable<Integer> {

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

    @Override
    public Integer call() {
        return NotImplementedYet.answer(spec);
    }
}
