package dev.gsd.parallel.adapters.cli;

import java.util.Objects;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gsd doctor}: finds, and with {@code --fix} repairs, what crashed runs leave behind. */
@Command(name = "doctor",
        description = "Find stale locks, dead workers, orphaned worktrees and branches, stale signal files.")
final class DoctorCmd implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--fix", description = "Repair what was found, never deleting unmerged work.")
    private boolean fix;

    DoctorCmd(final CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        context.projectDirectory();
        return NotImplementedYet.answer(spec);
    }
}
