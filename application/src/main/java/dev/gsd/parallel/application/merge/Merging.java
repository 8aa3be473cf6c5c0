package dev.gsd.parallel.application.merge;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.ReadResult;
import dev.gsd.parallel.application.git.GitFailure;
import dev.gsd.parallel.application.git.IntegrationBranch;
import dev.gsd.parallel.application.git.MilestoneBranches;
import dev.gsd.parallel.application.git.SquashMerge;
import dev.gsd.parallel.application.git.Worktree;
import dev.gsd.parallel.application.git.Worktrees;
import dev.gsd.parallel.application.merge.MergeResult.Outcome;
import dev.gsd.parallel.application.preferences.PreferenceFiles;
import dev.gsd.parallel.application.preferences.Preferences;
import dev.gsd.parallel.application.project.ProjectPlans;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import dev.gsd.parallel.domain.plan.SquashMessage;
import dev.gsd.parallel.domain.plan.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code gsd parallel merge [MID]}: squash-merges milestone branches into their integration branch. It works from
 * git alone: what a milestone is called, whether it is complete and what it did are read from its
 * {@code milestone/<MID>} branch, whoever made it. After a merge the worktree and the branch are removed, so a second
 * merge finds the {@code GSD-Milestone} trailer on the integration branch and adds nothing.
 */
public final class Merging {

    private final ProjectPlans plans;
    private final PreferenceFiles preferences;
    private final MilestoneBranches branches;
    private final Worktrees worktrees;

    public Merging(ProjectPlans plans, PreferenceFiles preferences, MilestoneBranches branches, Worktrees worktrees) {
        this.plans = plans;
        this.preferences = preferences;
        this.branches = branches;
        this.worktrees = worktrees;
    }

    /**
     * Merges {@code milestone}, or, when empty, every milestone branch whose milestone is complete on that branch,
     * in queue order, stopping at the first conflict or refusal.
     *
     * @throws BadInput when the one named milestone cannot be merged (no branch, not complete, dirty worktree, a
     *                  merge that would overwrite an uncommitted file); nothing was changed
     */
    public MergeReport merge(Path directory, Optional<MilestoneId> milestone) {
        Path root = plans.locateRoot(directory);
        ReadResult<Preferences> prefs = preferences.read(root);
        ReadResult<ProjectPlan> plan = plans.read(root);
        List<String> warnings = new ArrayList<>(prefs.warnings());
        warnings.addAll(plan.warnings());
        branches.currentBranch(root);
        List<MergeResult> results = new ArrayList<>();
        if (milestone.isPresent()) {
            results.add(mergeOne(root, prefs.value(), plan.value(), milestone.get(), warnings));
            return new MergeReport(root, results, warnings);
        }
        for (MilestoneId id : inQueueOrder(branches.milestoneBranches(root), plan.value())) {
            MilestonePlan onBranch;
            try {
                onBranch = planOnBranch(root, id);
            } catch (BadInput unreadable) {
                warnings.add(Worktree.branchOf(id) + " skipped: " + unreadable.getMessage());
                continue;
            }
            if (onBranch.summary() != Summary.TERMINAL) {
                continue;
            }
            MergeResult result;
            try {
                result = merge(root, prefs.value(), onBranch, warnings);
            } catch (BadInput refused) {
                result = new MergeResult(id, Outcome.REFUSED, Optional.empty(), List.of(), refused.getMessage());
            }
            results.add(result);
            if (result.outcome() == Outcome.CONFLICT || result.outcome() == Outcome.REFUSED) {
                break;
            }
        }
        return new MergeReport(root, results, warnings);
    }

    private MergeResult mergeOne(Path root, Preferences prefs, ProjectPlan plan, MilestoneId id,
            List<String> warnings) {
        String branch = Worktree.branchOf(id);
        if (!branches.exists(root, branch)) {
            String integration = IntegrationBranch.of(root, plan.find(id), prefs, branches);
            Optional<String> earlier = branches.earlierMerge(root, id, integration);
            if (earlier.isPresent()) {
                return MergeResult.of(id, Outcome.ALREADY_MERGED, earlier);
            }
            throw new BadInput("no branch " + branch + ": there is nothing to merge for " + id
                    + " (see gsd queue and git branch --list 'milestone/*')");
        }
        MilestonePlan onBranch = planOnBranch(root, id);
        if (onBranch.summary() != Summary.TERMINAL) {
            throw new BadInput(id + " is not complete on " + branch + " (no terminal .gsd/milestones/" + id + "/"
                    + id + "-SUMMARY.md there); let its worker finish, then merge again");
        }
        return merge(root, prefs, onBranch, warnings);
    }

    private MergeResult merge(Path root, Preferences prefs, MilestonePlan milestone, List<String> warnings) {
        MilestoneId id = milestone.id();
        String integration = IntegrationBranch.of(root, Optional.of(milestone), prefs, branches);
        List<String> dirty = worktrees.uncommittedChanges(root, id);
        if (!dirty.isEmpty()) {
            throw new BadInput("the worktree .gsd/worktrees/" + id + " has uncommitted changes (" + dirty.get(0)
                    + (dirty.size() > 1 ? " and " + (dirty.size() - 1) + " more" : "")
                    + "); commit or discard them there, then merge again");
        }
        SquashMerge merged = branches.squashMerge(root, id, integration, SquashMessage.of(milestone));
        if (merged instanceof SquashMerge.Conflict) {
            return new MergeResult(id, Outcome.CONFLICT, Optional.empty(), ((SquashMerge.Conflict) merged).files(),
                    "");
        }
        cleanUp(root, id, integration).ifPresent(warnings::add);
        if (merged instanceof SquashMerge.Committed) {
            SquashMerge.Committed committed = (SquashMerge.Committed) merged;
            return MergeResult.of(id, committed.codeChanged() ? Outcome.MERGED : Outcome.NO_CHANGES,
                    Optional.of(committed.commit()));
        }
        Optional<String> earlier = ((SquashMerge.NothingToMerge) merged).earlierMerge();
        return MergeResult.of(id, earlier.isPresent() ? Outcome.ALREADY_MERGED : Outcome.NO_CHANGES, earlier);
    }

    /**
     * After a merge: the branch's deletion is checked first, then the worktree is removed only if it is clean
     * (the ignored runtime files aside, which the orchestrator owns), then the branch deleted. Whatever is refused
     * here is left in place and named in a warning: the merge itself stands.
     */
    private Optional<String> cleanUp(Path root, MilestoneId id, String integration) {
        try {
            worktrees.checkBranchDeletable(root, id, integration);
            worktrees.remove(root, id, false);
            worktrees.deleteBranch(root, id, integration);
            return Optional.empty();
        } catch (BadInput | GitFailure left) {
            return Optional.of(id + " was merged, but its worktree or branch was left in place: "
                    + left.getMessage());
        }
    }

    /** The milestone as its own branch describes it. */
    private MilestonePlan planOnBranch(Path root, MilestoneId id) {
        Path exported = temporaryDirectory();
        try {
            branches.exportPlanning(root, id, exported);
            ProjectPlan onBranch;
            try {
                onBranch = plans.read(exported).value();
            } catch (BadInput e) {
                throw new BadInput("on branch " + Worktree.branchOf(id) + ": " + e.getMessage(), e);
            }
            return onBranch.find(id).orElseThrow(() -> new BadInput(Worktree.branchOf(id)
                    + " has no .gsd/milestones/" + id + "; it is not a GSD milestone branch"));
        } finally {
            deleteTree(exported);
        }
    }

    private static List<MilestoneId> inQueueOrder(List<MilestoneId> withBranches, ProjectPlan plan) {
        List<MilestoneId> ordered = new ArrayList<>();
        for (MilestonePlan milestone : plan.milestones()) {
            if (withBranches.contains(milestone.id())) {
                ordered.add(milestone.id());
            }
        }
        withBranches.stream().filter(id -> !ordered.contains(id)).sorted().forEach(ordered::add);
        return ordered;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("gsd-merge-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover in the temporary directory harms nobody
        }
    }
}
