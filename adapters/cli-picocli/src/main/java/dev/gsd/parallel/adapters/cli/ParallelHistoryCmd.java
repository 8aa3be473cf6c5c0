package dev.gsd.parallel.adapters.cli;

import java.util.Objects;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gsd parallel history}: every recorded event, oldest first. */
@Command(name = "history", description = "The audit trail, oldest first: position, time, stream, type, summary.")
final class ParallelHistoryCmd implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MID", description = "Only the events of this milestone.")
    private String milestoneId;

    ParallelHistoryCmd(final CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        context.projectDirectory();
        return NotImplementedYet.answer(spec);
    }
}
