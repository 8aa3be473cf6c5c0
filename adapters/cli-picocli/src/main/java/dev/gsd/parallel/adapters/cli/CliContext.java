package dev.gsd.parallel.adapters.cli;

import java.nio.file.Path;
import java.util.Objects;

/** What every verb may ask about this invocation: the global options and the directory it works in. */
final class CliContext {

    private final GsdCommand root;
    private final Path workingDirectory;
    private final UseCases useCases;

    CliContext(final GsdCommand root, final Path workingDirectory, final UseCases useCases) {
        this.root = Objects.requireNonNull(root, "root");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    UseCases useCases() {
        return useCases;
    }

    GlobalOptions globalOptions() {
        return root.globalOptions();
    }

    /** The directory given with {@code -C}, or the working directory; exit 3 if it does not exist. */
    Path projectDirectory() {
        return ProjectDirectory.resolve(globalOptions().directory(), workingDirectory);
    }
}
