package dev.gsd.parallel.application.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to start: {@code command} (words, no shell) in {@code directory}, with the caller's environment plus
 * {@code environment}, standard input empty, and standard output and error appended to files, never pipes, so the
 * process keeps running when whoever started it dies.
 */
public record Launch(List<String> command, Path directory, Map<String, String> environment, Path stdout,
                     Path stderr) {

    public Launch {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        Objects.requireNonNull(directory, "directory");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }
}
