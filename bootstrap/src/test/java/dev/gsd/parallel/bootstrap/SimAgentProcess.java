package dev.gsd.parallel.bootstrap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar gsd.jar sim-agent …} running as a child process, with its stdout read line by line as it comes
 * (each line stamped with when it arrived), so a test can signal it, watch it and time it.
 */
final class SimAgentProcess {

    /** A line of stdout and the {@code System.nanoTime()} it arrived at. */
    record Line(String text, long nanos) {
    }

    private final Process process;
    private final Path stderr;
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private SimAgentProcess(final Process process, final Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.reader = new Thread(this::read, "sim-agent-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static SimAgentProcess start(final Path directory, final Map<String, String> environment, final String... options)
            throws IOException {
        assertTrue(Files.isRegularFile(GsdJar.JAR), "missing " + GsdJar.JAR.toAbsolutePath()
                + " (run mvn package first)");
        final List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GsdJar.JAR.toString(),
                "sim-agent"));
        command.addAll(List.of(options));
        final Path stderr = Files.createTempFile("sim-agent-err", ".txt");
        final ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        return new SimAgentProcess(builder.start(), stderr);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(new Line(line, System.nanoTime()));
            }
        } catch (final IOException e) {
            // the process is gone; what was read stays
        }
    }

    /** Waits for the end (at most {@code seconds}) and answers the exit code; 137 for SIGKILL, 143 for SIGTERM. */
    int waitFor(final int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("sim-agent did not end within " + seconds + " s");
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    /** Waits until stdout has {@code count} lines. */
    void awaitLines(final int count, final int seconds) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (lines.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("sim-agent printed " + lines.size() + " lines, not " + count + ", within "
                        + seconds + " s; stderr: " + err());
            }
            Thread.sleep(10);
        }
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    List<String> out() {
        return lines.stream().map(Line::text).toList();
    }

    String err() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as {@code gsd worker} sends on stop. */
    void terminate() {
        process.destroy();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    void cleanUp() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(stderr);
    }
}
