package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.git.MilestoneBranches;
import dev.gsd.parallel.application.git.SquashMerge;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A project that is not a git repository: every question is refused as the real adapter refuses it. */
final class NoMilestoneBranches implements MilestoneBranches {

    private static BadInput refusal(final Path root) {
        return new BadInput(root + " is not in a git repository; run git init there and make a first commit");
    }

    @Override
    public String currentBranch(final Path root) {
        throw refusal(root);
    }

    @Override
    public boolean exists(final Path root, final String name) {
        throw refusal(root);
    }

    @Override
    public String defaultIntegrationBranch(final Path root) {
        throw refusal(root);
    }

    @Override
    public List<MilestoneId> milestoneBranches(final Path root) {
        throw refusal(root);
    }

    @Override
    public void exportPlanning(final Path root, final MilestoneId milestone, final Path target) {
        throw refusal(root);
    }

    @Override
    public Optional<String> earlierMerge(final Path root, final MilestoneId milestone, final String branch) {
        throw refusal(root);
    }

    @Override
    public SquashMerge squashMerge(final Path root, final MilestoneId milestone, final String branch,
                                   final String message) {
        throw refusal(root);
    }
}
