package dev.gsd.parallel.application.git;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The repository's branches as the merge needs them: which {@code milestone/*} branches exist, what their
 * {@code .gsd/} says, and the squash merge itself. Works from git alone: a {@code milestone/<MID>} branch made by
 * anyone is a milestone branch.
 */
public interface MilestoneBranches {

    /**
     * The branch checked out at {@code root}.
     *
     * @throws BadInput if {@code root} is not a git repository, is on a detached HEAD, or has no commit yet
     */
    String currentBranch(Path root);

    /** Whether the local branch {@code name} exists. */
    boolean exists(Path root, String name);

    /**
     * The integration branch when neither the milestone nor the preferences name one: the local branch
     * {@code origin/HEAD} points at, else {@code main}, else {@code master}, else the current branch.
     *
     * @throws BadInput as {@link #currentBranch}
     */
    String defaultIntegrationBranch(Path root);

    /** The milestones that have a {@code milestone/<MID>} branch, by id. Other names under milestone/ are skipped. */
    List<MilestoneId> milestoneBranches(Path root);

    /**
     * Writes the planning files of {@code milestone/<MID>} ({@code .gsd/milestones/} and
     * {@code .gsd/QUEUE-ORDER.json} as committed on that branch) under {@code target}, which then reads as a
     * project root.
     *
     * @throws BadInput if the branch does not exist
     */
    void exportPlanning(Path root, MilestoneId milestone, Path target);

    /** The commit of {@code integrationBranch} whose message carries {@code GSD-Milestone: <MID>}, if any. */
    Optional<String> earlierMerge(Path root, MilestoneId milestone, String integrationBranch);

    /**
     * Squash-merges {@code milestone/<MID>} into {@code integrationBranch} with {@code message}. Conflicts only under
     * {@code .gsd/} take the milestone's side; any other conflict is a {@link SquashMerge.Conflict} and changes
     * nothing. When {@code integrationBranch} is checked out at {@code root}, its index and working tree are updated
     * the way {@code git merge} does: the user's uncommitted and untracked files stay as they are and are never
     * committed.
     *
     * @throws BadInput if the branch does not exist, or the merge would overwrite an uncommitted or untracked file
     *                  of the user (named), or the integration branch is checked out in another worktree
     */
    SquashMerge squashMerge(Path root, MilestoneId milestone, String integrationBranch, String message);
}
