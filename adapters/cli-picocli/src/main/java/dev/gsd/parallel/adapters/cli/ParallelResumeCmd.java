package dev.gsd.parallel.adapters.cli;

import java.util.Objects;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gsd parallel resume}: resumes workers and says what was actually resumed. */
@Command(name = "resume", description = "Resume every paused worker, or the one of milestone MID.")
final class ParallelResumeCmd implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MID", description = "The milestone (default: every paused worker).")
    private String milestoneId;

    ParallelResumeCmd(final CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        context.projectDirectory();
        return NotImplementedYet.answer(spec);
    }
}
