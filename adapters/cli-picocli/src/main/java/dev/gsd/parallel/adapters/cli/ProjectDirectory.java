package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.BadInput;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Turns the {@code -C} option, or the working directory, into an absolute, normalised directory. */
final class ProjectDirectory {

    private ProjectDirectory() {
    }

    static Path resolve(final Optional<String> option, final Path workingDirectory) {
        if (option.isEmpty()) {
            return workingDirectory.toAbsolutePath().normalize();
        }
        final String given = option.get();
        final Path directory;
        try {
            directory = workingDirectory.resolve(given).toAbsolutePath().normalize();
        } catch (final InvalidPathException e) {
            throw new BadInput("not a valid directory name: " + given);
        }
        if (!Files.exists(directory)) {
            throw new BadInput("no such directory: " + given);
        }
        if (!Files.isDirectory(directory)) {
            throw new BadInput("not a directory: " + given);
        }
        return directory;
    }
}
