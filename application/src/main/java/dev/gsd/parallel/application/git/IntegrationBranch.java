package dev.gsd.parallel.application.git;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.preferences.Preferences;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which branch a milestone merges into: its {@code <MID>-META.json} {@code integrationBranch}, else the
 * {@code git.main_branch} preference, else the repository's default ({@link MilestoneBranches#defaultIntegrationBranch}).
 */
public final class IntegrationBranch {

    private IntegrationBranch() {
    }

    /**
     * @throws BadInput if the project root is on a detached HEAD or has no commit, or the branch named by META or
     *                  the preference does not exist
     */
    public static String of(Path root, Optional<MilestonePlan> milestone, Preferences preferences,
            MilestoneBranches branches) {
        branches.currentBranch(root);
        Optional<String> meta = milestone.flatMap(MilestonePlan::integrationBranch);
        if (meta.isPresent()) {
            return existing(root, meta.get(), branches, ".gsd/milestones/" + milestone.get().id() + "/"
                    + milestone.get().id() + "-META.json names integrationBranch");
        }
        Optional<String> preferred = preferences.git().mainBranch();
        if (preferred.isPresent()) {
            return existing(root, preferred.get(), branches, "the git.main_branch preference names");
        }
        return branches.defaultIntegrationBranch(root);
    }

    private static String existing(Path root, String branch, MilestoneBranches branches, String source) {
        if (!branches.exists(root, branch)) {
            throw new BadInput(source + " '" + branch + "', but there is no such branch; create it or fix the name");
        }
        return branch;
    }
}
