package dev.gsd.parallel.simagent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixture: a real git repository holding a GSD milestone, as a milestone worktree looks to its agent, and ways to
 * look at what the agent did. Shared with the end-to-end tests through this module's test-jar.
 */
public final class SimProject {

    /** A slice of the roadmap and its plan. */
    public record Slice(String id, String title, List<Task> tasks) {
    }

    /** A task of a slice plan and its Files line. */
    public record Task(String id, String title, List<String> files) {
    }

    private final Path root;

    private SimProject(final Path root) {
        this.root = root;
    }

    /** A new repository at {@code root} (created if needed) on branch {@code main}, with no commit yet. */
    public static SimProject create(final Path root) {
        final SimProject project = new SimProject(root);
        try {
            Files.createDirectories(root);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        project.git("init", "-q", "-b", "main");
        project.git("config", "user.name", "Fixture");
        project.git("config", "user.email", "fixture@gsd.invalid");
        project.git("config", "commit.gpgsign", "false");
        return project;
    }

    /**
     * The milestone most tests use, committed: M001 "Two by two" with S01 (T01: a.txt, src/b.txt; T02: a.txt) and
     * S02 (T01: c.txt; T02: `a.txt`, `c.txt`).
     */
    /** Every commit subject of {@link #twoByTwo} once the agent has finished it, oldest first. */
    public static final List<String> TWO_BY_TWO_SUBJECTS = List.of(
            "plan M001",
            "feat(M001/S01/T01): Write a and b",
            "feat(M001/S01/T02): Write a again",
            "feat(M001/S01): First slice",
            "feat(M001/S02/T01): Write c",
            "feat(M001/S02/T02): Write a and c",
            "feat(M001/S02): Second slice",
            "feat(M001): complete milestone");

    public static SimProject twoByTwo(final Path root) {
        return create(root)
                .milestone("M001", "Two by two",
                        slice("S01", "First slice",
                                task("T01", "Write a and b", "a.txt", "src/b.txt"),
                                task("T02", "Write a again", "a.txt")),
                        slice("S02", "Second slice",
                                task("T01", "Write c", "c.txt"),
                                task("T02", "Write a and c", "`a.txt`", "`c.txt`")))
                .commitAll("plan M001");
    }

    public static Slice slice(final String id, final String title, final Task... tasks) {
        return new Slice(id, title, List.of(tasks));
    }

    public static Task task(final String id, final String title, final String... files) {
        return new Task(id, title, List.of(files));
    }

    /** Writes the milestone's ROADMAP and slice PLANs, every box open. */
    public SimProject milestone(final String id, final String title, final Slice... slices) {
        final StringBuilder roadmap = new StringBuilder("# " + id + ": " + title + "\n\n**Vision:** simulated.\n\n"
                + "## Slices\n\n");
        for (final Slice slice : slices) {
            roadmap.append("- [ ] **").append(slice.id()).append(": ").append(slice.title())
                    .append("** `risk:low` `depends:[]`\n  > After this: it works.\n\n");
            final StringBuilder plan = new StringBuilder("# " + slice.id() + ": " + slice.title() + "\n\n"
                    + "**Goal:** simulated.\n\n## Tasks\n\n");
            for (final Task task : slice.tasks()) {
                plan.append("- [ ] **").append(task.id()).append(": ").append(task.title()).append("** `est:5m`\n");
                if (!task.files().isEmpty()) {
                    plan.append("  - Files: ").append(String.join(", ", task.files())).append('\n');
                }
                plan.append("  - Verify: true\n");
            }
            write(".gsd/milestones/" + id + "/slices/" + slice.id() + "/" + slice.id() + "-PLAN.md", plan.toString());
        }
        write(".gsd/milestones/" + id + "/" + id + "-ROADMAP.md", roadmap.toString());
        return this;
    }

    public SimProject commitAll(final String message) {
        git("add", "-A");
        git("commit", "-q", "-m", message);
        return this;
    }

    public Path root() {
        return root;
    }

    public Path path(final String name) {
        return root.resolve(name);
    }

    public void write(final String name, final String text) {
        try {
            Files.createDirectories(path(name).getParent());
            Files.writeString(path(name), text, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(final String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> lines(final String name) {
        return read(name).lines().toList();
    }

    /** Commit subjects, oldest first. */
    public List<String> subjects() {
        final List<String> subjects = new ArrayList<>(git("log", "--format=%s").lines().toList());
        java.util.Collections.reverse(subjects);
        return subjects;
    }

    /** {@code author | committer} of every commit, oldest first. */
    public List<String> identities() {
        final List<String> identities = new ArrayList<>(git("log", "--format=%an <%ae> | %cn <%ce>").lines().toList());
        java.util.Collections.reverse(identities);
        return identities;
    }

    /** Files changed by the commit with this subject. */
    public List<String> filesOf(final String subject) {
        final String sha = git("log", "--format=%H", "--fixed-strings", "--grep=" + subject).lines().findFirst()
                .orElseThrow(() -> new AssertionError("no commit " + subject));
        return git("show", "--format=", "--name-only", sha).lines().filter(line -> !line.isBlank()).sorted().toList();
    }

    /** {@code git status --porcelain --untracked-files=all}, one entry a line. */
    public List<String> status() {
        return git("status", "--porcelain", "--untracked-files=all").lines().toList();
    }

    public String git(final String... arguments) {
        final List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(Arrays.asList(arguments));
        try {
            final Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .start();
            final String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.waitFor() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
