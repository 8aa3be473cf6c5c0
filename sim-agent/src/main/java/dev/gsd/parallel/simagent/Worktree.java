package dev.gsd.parallel.simagent;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The files the agent touches in the milestone's worktree, at the paths GSD writes them, each known both as a path
 * and as the name git is given (relative to the root, with {@code /}).
 */
final class Worktree {

    /** What GSD and its workers write at run time; never committed (DESIGN.md §5). */
    private static final List<Path> RUNTIME = List.of(Path.of(".gsd", "auto.lock"), Path.of(".gsd", "metrics.json"),
            Path.of(".gsd", "parallel"), Path.of(".gsd", "worktrees"));

    private final Path root;
    private final MilestoneId milestone;
    private final String milestoneDirectory;

    Worktree(final Path root, final MilestoneId milestone) {
        this.root = root;
        this.milestone = milestone;
        this.milestoneDirectory = ".gsd/milestones/" + milestone.value();
        if (!Files.isDirectory(path(milestoneDirectory))) {
            throw new BadInput("no " + milestoneDirectory + " in " + root + ": gsd sim-agent runs in the worktree of"
                    + " milestone " + milestone + " (GSD_MILESTONE_LOCK), whose branch holds its plan");
        }
    }

    Path root() {
        return root;
    }

    String milestoneDirectory() {
        return milestoneDirectory;
    }

    String roadmap() {
        return milestoneDirectory + "/" + milestone.value() + "-ROADMAP.md";
    }

    String milestoneSummary() {
        return milestoneDirectory + "/" + milestone.value() + "-SUMMARY.md";
    }

    String slicePlan(final String slice) {
        return milestoneDirectory + "/slices/" + slice + "/" + slice + "-PLAN.md";
    }

    String sliceSummary(final String slice) {
        return milestoneDirectory + "/slices/" + slice + "/" + slice + "-SUMMARY.md";
    }

    String taskSummary(final String slice, final String task) {
        return milestoneDirectory + "/slices/" + slice + "/tasks/" + task + "-SUMMARY.md";
    }

    /**
     * A file a task names, as git calls it; refused if it would leave the worktree or reach into {@code .git}, since
     * the agent writes only the project's own files.
     */
    String taskFile(final String name, final String task) {
        final Path resolved = root.resolve(name).normalize();
        final Path relative = root.relativize(resolved);
        if (!resolved.startsWith(root) || relative.toString().isEmpty() || relative.startsWith(".git")) {
            throw new BadInput(task + " names '" + name + "' on its Files line, which is not a file inside the"
                    + " worktree; use a path relative to the project root");
        }
        if (RUNTIME.stream().anyMatch(relative::startsWith)) {
            throw new BadInput(task + " names '" + name + "' on its Files line, a runtime file of GSD that is never"
                    + " committed; name a project file instead");
        }
        return relative.toString().replace('\\', '/');
    }

    Path path(final String name) {
        return root.resolve(name);
    }

    String read(final String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    void write(final String name, final String text) {
        try {
            final Path file = path(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }

    /**
     * Appends {@code line} to the file unless a line of it already says exactly that, creating the file and its
     * directories. Read as ISO-8859-1, which decodes any bytes, so a file that is not UTF-8 is still checked rather
     * than refused: the line is ASCII and compares the same either way.
     */
    void appendOnce(final String name, final String line) {
        final Path file = path(name);
        try {
            Files.createDirectories(file.getParent());
            String prefix = "";
            if (Files.exists(file)) {
                final String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                if (text.lines().anyMatch(line::equals)) {
                    return;
                }
                prefix = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            }
            Files.writeString(file, prefix + line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot append to " + name, e);
        }
    }
}
