package dev.gsd.parallel.simagent;

import dev.gsd.parallel.application.BadInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code git} command line, as a real agent uses it. Chosen over JGit because a commit is a few milliseconds
 * while JGit's first use in a JVM costs seconds (DESIGN.md §8), and a simulated task must take well under 100 ms.
 * Paths are literal ({@code GIT_LITERAL_PATHSPECS}), so a file named {@code *.txt} is that file.
 */
final class Git {

    static final String AGENT_NAME = "GSD Simulated Agent";
    static final String AGENT_EMAIL = "sim-agent@gsd.invalid";

    private final Path root;

    private Git(final Path root) {
        this.root = root;
    }

    /** The git working tree holding {@code directory}. */
    static Git around(final Path directory) {
        final Result result = run(directory, List.of("rev-parse", "--show-toplevel"));
        if (result.exitCode() != 0) {
            throw new BadInput("gsd sim-agent works in a git worktree of the milestone, and " + directory
                    + " is not in one: " + firstLine(result.output()));
        }
        return new Git(Path.of(result.output().strip()));
    }

    Path root() {
        return root;
    }

    /** Stages exactly {@code paths} (relative to the root, even if ignored) and commits them, and nothing else. */
    void commit(final String message, final List<String> paths) {
        final List<String> add = new ArrayList<>(List.of("add", "-f", "--"));
        add.addAll(paths);
        check(add);
        // with paths, commit takes only those, whatever else the index holds
        final List<String> commit = new ArrayList<>(List.of(
                "-c", "commit.gpgsign=false", "commit", "-q", "--no-verify", "-m", message, "--"));
        commit.addAll(paths);
        check(commit);
    }

    /** The paths under {@code directory} (relative to the root) that differ from {@code HEAD}, untracked included. */
    List<String> changedUnder(final String directory) {
        final String output = check(List.of("status", "--porcelain", "-z", "--untracked-files=all", "--", directory));
        final List<String> paths = new ArrayList<>();
        final String[] entries = output.split("\0");
        for (int i = 0; i < entries.length; i++) {
            final String entry = entries[i];
            if (entry.length() > 3) {
                paths.add(entry.substring(3));
                if (entry.charAt(0) == 'R' || entry.charAt(0) == 'C') {
                    i++; // a rename's source follows
                }
            }
        }
        return paths;
    }

    /** The text of {@code path} as committed in {@code HEAD}; empty if it is not there (or there is no commit). */
    Optional<String> committedText(final String path) {
        final Result result = run(root, List.of("show", "HEAD:" + path));
        return result.exitCode() == 0 ? Optional.of(result.output()) : Optional.empty();
    }

    private String check(final List<String> arguments) {
        final Result result = run(root, arguments);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("git " + verb(arguments) + " failed in " + root + " (exit " + result.exitCode() + "): " + firstLine(result.output()));
        }
        return result.output();
    }

    /** {@code commit} for {@code -c key=value commit …}. */
    private static String verb(final List<String> arguments) {
        int i = 0;
        while (i + 1 < arguments.size() && arguments.get(i).equals("-c")) {
            i += 2;
        }
        return arguments.get(i);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(final Path directory, final List<String> arguments) {
        final List<String> command = new ArrayList<>(arguments.size() + 1);
        command.add("git");
        command.addAll(arguments);
        final ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        final Map<String, String> environment = builder.environment();
        environment.put("GIT_AUTHOR_NAME", AGENT_NAME);
        environment.put("GIT_AUTHOR_EMAIL", AGENT_EMAIL);
        environment.put("GIT_COMMITTER_NAME", AGENT_NAME);
        environment.put("GIT_COMMITTER_EMAIL", AGENT_EMAIL);
        environment.put("GIT_LITERAL_PATHSPECS", "1");
        environment.put("GIT_TERMINAL_PROMPT", "0");
        try {
            final Process process = builder.start();
            final String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Result(process.waitFor(), output);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot run git (is it installed and on the PATH?)", e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running git " + verb(arguments), e);
        }
    }

    private static String firstLine(final String output) {
        return output.strip().lines().findFirst().orElse("no message");
    }
}
