package dev.gsd.parallel.adapters.cli;

import java.util.Objects;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gsd parallel merge}: squash-merges completed milestones into the integration branch. */
@Command(name = "merge",
        description = "Merge milestone MID, or every completed milestone, into the integration branch.")
final class ParallelMergeCmd implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MID", description = "The milestone (default: every completed one).")
    private String milestoneId;

    ParallelMergeCmd(final CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        context.projectDirectory();
        return NotImplementedYet.answer(spec);
    }
}
