package dev.gsd.parallel.adapters.cli;

import java.util.Objects;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gsd parallel pause}: pauses workers and says what was actually paused. */
@Command(name = "pause", description = "Pause every worker, or the one of milestone MID.")
final class ParallelPauseCmd implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MID", description = "The milestone (default: every live worker).")
    private String milestoneId;

    ParallelPauseCmd(final CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        context.projectDirectory();
        return NotImplementedYet.answer(spec);
    }
}
