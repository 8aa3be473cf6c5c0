package dev.gsd.parallel.adapters.cli;

import java.util.Objects;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gsd parallel status}: workers, milestones, budget and coordinator health, replayed from the events. */
@Command(name = "status",
        description = "Workers and milestones: state, progress, cost, heartbeat age; budget; coordinator health.",
        sortOptions = false)
final class ParallelStatusCmd implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--watch", description = "Refresh in place.")
    private boolean watch;

    @Option(names = "--at", paramLabel = "<position>",
            description = "The status as it was after event <position> (pure replay).")
    private Long position;

    ParallelStatusCmd(final CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        context.projectDirectory();
        return NotImplementedYet.answer(spec);
    }
}
