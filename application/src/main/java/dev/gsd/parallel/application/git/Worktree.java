package dev.gsd.parallel.application.git;

import dev.gsd.parallel.domain.plan.MilestoneId;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A milestone's linked worktree: {@code .gsd/worktrees/<MID>} on branch {@code milestone/<MID>}.
 *
 * @param how what creating it had to do, so the caller can tell the user
 */
public record Worktree(MilestoneId milestone, Path path, String branch, Preparation how) {

    /** What {@link Worktrees#create} found and did. */
    public enum Preparation {
        /** A new branch at the integration branch, and a new worktree on it. */
        NEW_BRANCH,
        /** The branch existed with commits of its own (or level with the integration branch); kept as it was. */
        EXISTING_BRANCH,
        /** The branch existed strictly behind the integration branch and was fast-forwarded to it. */
        FAST_FORWARDED_BRANCH,
        /** The worktree already existed on the branch; nothing was changed. */
        EXISTING_WORKTREE
    }

    public Worktree {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(how, "how");
    }

    /** {@code milestone/<MID>}: the only branch a milestone's work lives on. */
    public static String branchOf(MilestoneId milestone) {
        return "milestone/" + milestone.value();
    }

    /** {@code .gsd/worktrees/<MID>} under {@code root}. */
    public static Path pathOf(Path root, MilestoneId milestone) {
        return root.resolve(".gsd").resolve("worktrees").resolve(milestone.value());
    }
}
