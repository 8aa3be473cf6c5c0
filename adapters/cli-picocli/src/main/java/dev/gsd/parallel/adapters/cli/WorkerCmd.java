package dev.gsd.parallel.adapters.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gsd worker} (internal, hidden): hosts one milestone's agent; started by the coordinator only. */
@Command(name = "worker", hidden = true, description = "Internal: hosts one milestone's agent.")
final class WorkerCmd implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return NotImplementedYet.answer(spec);
    }
}
