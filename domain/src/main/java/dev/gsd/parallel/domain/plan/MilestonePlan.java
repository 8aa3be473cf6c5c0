package dev.gsd.parallel.domain.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the orchestrator reads about one milestone directory.
 *
 * @param id                the milestone id
 * @param title             the H1 title of the ROADMAP or CONTEXT without its {@code M001: } prefix; the id when
 *                          there is none
 * @param dependsOn         {@code depends_on} from the CONTEXT (or CONTEXT-DRAFT) front matter, in declared order
 * @param slices            the roadmap's slices with their planned tasks
 * @param summary           what the milestone summary says
 * @param parked            a {@code <MID>-PARKED.md} exists
 * @param planned           any of CONTEXT, CONTEXT-DRAFT, ROADMAP, SUMMARY or PARKED exists; a directory with none
 *                          of them is a ghost
 * @param integrationBranch {@code integrationBranch} from {@code <MID>-META.json}
 */
public record MilestonePlan(
        MilestoneId id,
        String title,
        List<MilestoneId> dependsOn,
        List<SlicePlan> slices,
        Summary summary,
        boolean parked,
        boolean planned,
        Optional<String> integrationBranch) {

    public MilestonePlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        dependsOn = List.copyOf(dependsOn);
        slices = List.copyOf(slices);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(integrationBranch, "integrationBranch");
    }

    /** A directory with no planning file at all. */
    public static MilestonePlan ghost(MilestoneId id) {
        return new MilestonePlan(id, id.value(), List.of(), List.of(), Summary.ABSENT, false, false, Optional.empty());
    }

    /** Every file any task of any slice plans to touch, in the order first named. */
    public Set<String> plannedFiles() {
        Set<String> files = new LinkedHashSet<>();
        for (SlicePlan slice : slices) {
            for (TaskPlan task : slice.tasks()) {
                files.addAll(task.files());
            }
        }
        return files;
    }
}
