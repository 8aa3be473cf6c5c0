package dev.gsd.parallel.adapters.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gsd demo}: builds a sample project and runs it to completion with the simulated agent. */
@Command(name = "demo",
        description = "Build a sample project (git repository, 5 milestones) and run it with the simulated agent.")
final class DemoCmd implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where to create the project; must not exist or be empty (default: a new temporary "
                    + "directory).")
    private String directory;

    @Override
    public Integer call() {
        return NotImplementedYet.answer(spec, "the demo is not built yet");
    }
}
