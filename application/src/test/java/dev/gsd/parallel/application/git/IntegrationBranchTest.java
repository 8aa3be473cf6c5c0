package dev.gsd.parallel.application.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.preferences.GitPreferences;
import dev.gsd.parallel.application.preferences.ParallelPreferences;
import dev.gsd.parallel.application.preferences.Preferences;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import dev.gsd.parallel.domain.plan.Summary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** META.json first, then git.main_branch, then the repository's default; a named branch must exist. */
class IntegrationBranchTest {

    private static final Path ROOT = Path.of("/project");

    private static Optional<MilestonePlan> milestone(Optional<String> integrationBranch) {
        return Optional.of(new MilestonePlan(new MilestoneId("M001"), "t", List.of(), List.of(), Summary.ABSENT,
                false, true, integrationBranch));
    }

    private static Preferences mainBranch(Optional<String> branch) {
        return new Preferences(ParallelPreferences.defaults(), new GitPreferences(branch));
    }

    private static MilestoneBranches branches(Set<String> existing, String defaultBranch) {
        return new MilestoneBranches() {
            @Override
            public String currentBranch(Path root) {
                return "main";
            }

            @Override
            public boolean exists(Path root, String name) {
                return existing.contains(name);
            }

            @Override
            public String defaultIntegrationBranch(Path root) {
                return defaultBranch;
            }

            @Override
            public List<MilestoneId> milestoneBranches(Path root) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void exportPlanning(Path root, MilestoneId milestone, Path target) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<String> earlierMerge(Path root, MilestoneId milestone, String integrationBranch) {
                throw new UnsupportedOperationException();
            }

            @Override
            public SquashMerge squashMerge(Path root, MilestoneId milestone, String integrationBranch,
                    String message) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private final MilestoneBranches repository = branches(Set.of("main", "develop", "trunk"), "main");

    @Test
    void meta_json_wins_over_the_preference_and_the_default() {
        assertEquals("develop", IntegrationBranch.of(ROOT, milestone(Optional.of("develop")),
                mainBranch(Optional.of("trunk")), repository));
    }

    @Test
    void the_preference_wins_over_the_default() {
        assertEquals("trunk", IntegrationBranch.of(ROOT, milestone(Optional.empty()), mainBranch(Optional.of("trunk")),
                repository));
    }

    @Test
    void without_either_the_repositorys_default_is_used() {
        assertEquals("main", IntegrationBranch.of(ROOT, Optional.empty(), mainBranch(Optional.empty()), repository));
    }

    @Test
    void a_branch_named_in_meta_json_that_does_not_exist_is_refused_naming_the_file() {
        BadInput refused = assertThrows(BadInput.class, () -> IntegrationBranch.of(ROOT,
                milestone(Optional.of("release")), mainBranch(Optional.empty()), repository));
        assertEquals(".gsd/milestones/M001/M001-META.json names integrationBranch 'release', but there is no such"
                + " branch; create it or fix the name", refused.getMessage());
    }
}
