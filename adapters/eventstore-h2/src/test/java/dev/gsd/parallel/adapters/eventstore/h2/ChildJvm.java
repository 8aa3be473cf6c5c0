package dev.gsd.parallel.adapters.eventstore.h2;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second JVM running a {@code main} from the test classes, with stdout read line by line as it arrives. Every
 * complete line is kept; a line cut short by a kill is not a line.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path stderr;
    private final Thread reader;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.reader = new Thread(this::readLines, "child-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Path workDir, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                main.getName()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(workDir, "child-", ".stderr");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new ChildJvm(process, stderr);
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line matching {@code wanted}; fails with the child's stderr if it does not come in time. */
    String awaitLine(Predicate<String> wanted, Duration patience, String what) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (lines) {
            while (true) {
                for (String line : lines) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
                    return fail("child never printed " + what + " (alive: " + process.isAlive() + ")\n" + stderr());
                }
                TimeUnit.NANOSECONDS.timedWait(lines, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            }
        }
    }

    /** SIGKILL (what {@code destroyForcibly} sends on Linux); then {@link #lines()} holds all printed before death. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(TimeUnit.SECONDS.toMillis(10));
    }

    /** The exit code, once the child ends by itself within {@code patience}. */
    int waitFor(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("child still running after " + patience + "\n" + stderr());
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }

    /** Positions the child reported as acknowledged ({@code acked <position> <version>}). */
    List<Long> ackedPositions() {
        return lines().stream().filter(l -> l.startsWith("acked ")).map(l -> Long.parseLong(l.split(" ")[1])).toList();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
