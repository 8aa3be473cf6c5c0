package dev.gsd.parallel.application.git;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The milestones' linked worktrees, as {@code git worktree} sees them: {@code .gsd/worktrees/<MID>} on
 * {@code milestone/<MID>}. Every method keeps the runtime paths ({@code .gsd/parallel/}, {@code .gsd/worktrees/},
 * a worker's {@code .gsd/auto.lock} and {@code .gsd/metrics.json}) out of commits through the repository's
 * {@code info/exclude}, never the user's {@code .gitignore}.
 */
public interface Worktrees {

    /**
     * The worktree of {@code milestone}, created if needed. A missing {@code milestone/<MID>} branch is created at
     * {@code integrationBranch}; an existing one is reused, fast-forwarded to {@code integrationBranch} only when it
     * is strictly behind it and checked out nowhere, and never reset.
     *
     * @throws BadInput if the project root is on a detached HEAD or has no commit yet, the integration branch does
     *                  not exist, the branch is checked out in another worktree, or {@code .gsd/worktrees/<MID>} is
     *                  in the way
     */
    Worktree create(Path root, MilestoneId milestone, String integrationBranch);

    /** The worktree of {@code milestone}, if git knows one at {@code .gsd/worktrees/<MID>}. */
    Optional<Worktree> find(Path root, MilestoneId milestone);

    /**
     * The paths with uncommitted changes in the worktree of {@code milestone} (modified, staged, deleted or untracked;
     * ignored runtime files do not count), as {@code git status --porcelain} would list them; empty when it is
     * clean or there is no worktree.
     */
    java.util.List<String> uncommittedChanges(Path root, MilestoneId milestone);

    /**
     * Removes the worktree of {@code milestone} (the directory and git's record of it); the branch stays. Nothing
     * happens when there is none.
     *
     * @param force remove even with uncommitted changes: only after those changes were merged
     * @throws BadInput if the worktree has uncommitted changes (ignored runtime files do not count) and not forced
     */
    void remove(Path root, MilestoneId milestone, boolean force);

    /**
     * Checks, changing nothing, that {@link #deleteBranch} would succeed once the milestone's own worktree is
     * removed: so a caller can refuse before removing anything.
     *
     * @throws BadInput if the branch is checked out anywhere but {@code .gsd/worktrees/<MID>}, or its work is not on
     *                  {@code integrationBranch}
     */
    void checkBranchDeletable(Path root, MilestoneId milestone, String integrationBranch);

    /**
     * Deletes {@code milestone/<MID>}. Nothing happens when it does not exist.
     *
     * @throws BadInput if the branch is checked out in a worktree, or its work is not on {@code integrationBranch}
     *                  (neither an ancestor of it nor already contained in its tree)
     */
    void deleteBranch(Path root, MilestoneId milestone, String integrationBranch);
}
