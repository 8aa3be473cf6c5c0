package dev.gsd.parallel.adapters.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/** The file internal errors are appended to: {@code $GSD_HOME/logs/gsd.log}, else {@code ~/.gsd/logs/gsd.log}. */
record LogFile(Path path) {

    static LogFile in(final Map<String, String> environment) {
        return new LogFile(gsdHome(environment).resolve("logs").resolve("gsd.log"));
    }

    /** GSD's home directory: {@code $GSD_HOME}, else {@code ~/.gsd}. */
    static Path gsdHome(final Map<String, String> environment) {
        return nonBlank(environment.get("GSD_HOME"))
                .map(Path::of)
                .orElseGet(() -> userHome(environment).resolve(".gsd"));
    }

    // HOME first, as GSD itself (Node's os.homedir()) does, so both agree on where ~/.gsd is.
    private static Path userHome(final Map<String, String> environment) {
        return Path.of(nonBlank(environment.get("HOME")).orElseGet(() -> System.getProperty("user.home")));
    }

    private static Optional<String> nonBlank(final String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    void append(final String entry) throws IOException {
        final Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(path, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
