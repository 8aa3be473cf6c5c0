package dev.gsd.parallel.adapters.git;

import dev.gsd.parallel.application.git.GitFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code git} command line, run directly (never through a shell) with a timeout, for the one thing JGit cannot
 * do fast: creating a linked worktree (spike §2). Standard error is kept to turn a failure into a one-line message.
 */
final class GitCommand {

    static final Duration TIMEOUT = Duration.ofMinutes(2);

    private static volatile Boolean available;

    private GitCommand() {
    }

    /** Whether a working {@code git} is on the PATH; asked once per JVM. */
    static boolean available() {
        Boolean known = available;
        if (known == null) {
            try {
                run(Path.of(".").toAbsolutePath(), Duration.ofSeconds(10), "--version");
                known = true;
            } catch (GitFailure e) {
                known = false;
            }
            available = known;
        }
        return known;
    }

    /**
     * Runs {@code git <args>} in {@code directory} with hooks off and the environment's {@code GIT_DIR}-style
     * overrides removed, so the repository is the one at {@code directory}.
     *
     * @return standard output
     * @throws GitFailure when git cannot start, exits non-zero or times out (message: git's first error line)
     */
    static String run(Path directory, String... args) {
        return run(directory, TIMEOUT, args);
    }

    static String run(Path directory, Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.hooksPath=/dev/null"));
        command.addAll(List.of(args));
        String shown = "git " + String.join(" ", args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> environment = builder.environment();
        for (String name : List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR",
                "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_CEILING_DIRECTORIES")) {
            environment.remove(name);
        }
        environment.put("LC_ALL", "C");
        environment.put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = builder.redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new GitFailure("cannot run " + shown + ": " + e.getMessage(), e);
        }
        // both streams drained on their own threads, so the timeout counts from the start, not from the end of
        // the output (a git, or a process it started, that keeps stdout open would otherwise block here forever)
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Thread drainErr = drain(process.getErrorStream(), stderr, "git-stderr");
        Thread drainOut = drain(process.getInputStream(), stdout, "git-stdout");
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new GitFailure(shown + " did not finish within " + timeout.toSeconds() + " s", null);
            }
            drainOut.join(TimeUnit.SECONDS.toMillis(5));
            drainErr.join(TimeUnit.SECONDS.toMillis(5));
            if (drainOut.isAlive()) {
                kill(process);
                throw new GitFailure(shown + " exited but its output stayed open (a process it started?)", null);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new GitFailure(shown + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new GitFailure(shown + " failed (exit " + process.exitValue() + "): "
                    + firstLine(stderr.toString(StandardCharsets.UTF_8)), null);
        }
        return stdout.toString(StandardCharsets.UTF_8);
    }

    /** git's most telling line: the first {@code fatal:}/{@code error:} line, else the first non-blank one. */
    static String firstLine(String stderr) {
        List<String> lines = stderr.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return lines.stream().filter(line -> line.startsWith("fatal:") || line.startsWith("error:")).findFirst()
                .or(() -> lines.stream().findFirst()).orElse("no message");
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream out, String name) {
        Thread thread = new Thread(() -> {
            try (in) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    synchronized (out) {
                        out.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // the stream closes when the process is killed; the exit code or the timeout tells what happened
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
