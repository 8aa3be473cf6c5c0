package dev.gsd.parallel.adapters.eventstore.h2;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
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
 * A second JVM running a {@code main} from the test classes, its stdout kept in a file and read as it grows. Every
 * complete line is kept; a line cut short by a kill is not a line.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildJvm(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    // stdout goes to a file, not a pipe: when a child dies the JDK drains its pipe on another thread, and under load
    // lines printed just before a SIGKILL were seen to go missing that way. A file keeps every byte written.
    static ChildJvm start(Path workDir, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                main.getName()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(workDir, "child-", ".stdout");
        Path stderr = Files.createTempFile(workDir, "child-", ".stderr");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        return new ChildJvm(process, stdout, stderr);
    }

    /** Waits for a line matching {@code wanted}; fails with the child's stderr if it does not come in time. */
    String awaitLine(Predicate<String> wanted, Duration patience, String what) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            for (String line : lines()) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            if (System.nanoTime() > deadline || !process.isAlive()) {
                return fail("child never printed " + what + " (alive: " + process.isAlive() + ")\n" + stderr());
            }
            Thread.sleep(20);
        }
    }

    /** SIGKILL (what {@code destroyForcibly} sends on Linux); then {@link #lines()} holds all printed before death. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The exit code, once the child ends by itself within {@code patience}. */
    int waitFor(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("child still running after " + patience + "\n" + stderr());
        }
        return process.exitValue();
    }

    /** Every complete line printed so far; a line cut short by a kill (no newline yet) is not a line. */
    List<String> lines() {
        String text;
        try {
            text = Files.readString(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : text.substring(0, end).lines().toList();
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
