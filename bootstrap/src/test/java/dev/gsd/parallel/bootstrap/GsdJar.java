package dev.gsd.parallel.bootstrap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real shaded {@code bootstrap/target/gsd.jar}, run with {@code java -jar} in a child process as users do. */
final class GsdJar {

    static final Path JAR = Path.of(System.getProperty("basedir", "."), "target", "gsd.jar");

    private final Path workingDirectory;
    private final Map<String, String> environment;

    GsdJar(final Path workingDirectory, final Map<String, String> environment) {
        assertTrue(Files.isRegularFile(JAR), "missing " + JAR.toAbsolutePath() + " (run mvn package first)");
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
    }

    /** What one run printed and how it exited. */
    record Outcome(int exitCode, String out, String err, long millis) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    Outcome run(final String... args) throws IOException, InterruptedException {
        final Path stdout = Files.createTempFile("gsd-out", ".txt");
        final Path stderr = Files.createTempFile("gsd-err", ".txt");
        try {
            final List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
            command.addAll(List.of(args));
            final ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            final long started = System.nanoTime();
            final Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("gsd " + String.join(" ", args) + " did not finish within 60 s");
            }
            final long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            return new Outcome(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8), millis);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
