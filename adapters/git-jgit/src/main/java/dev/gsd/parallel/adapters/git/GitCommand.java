package dev.gsd.parallel.adapters.git;

import dev.gsd.parallel.application.git.GitFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private static String run(Path directory, Duration timeout, String... args) {
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
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> copy(process.getErrorStream(), stderr), "git-stderr");
        drain.setDaemon(true);
        drain.start();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        try {
            copy(process.getInputStream(), stdout);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new GitFailure(shown + " did not finish within " + timeout.toSeconds() + " s", null);
            }
            drain.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new GitFailure(shown + " was interrupted", e);
        } catch (UncheckedIOException e) {
            process.destroyForcibly();
            throw new GitFailure("cannot read the output of " + shown + ": " + e.getMessage(), e);
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

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
