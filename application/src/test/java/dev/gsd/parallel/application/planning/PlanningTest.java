package dev.gsd.parallel.application.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.preferences.FixedPreferenceFiles;
import dev.gsd.parallel.application.preferences.Preferences;
import dev.gsd.parallel.application.project.InMemoryProjectPlans;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import dev.gsd.parallel.domain.plan.MilestoneStatus;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import dev.gsd.parallel.domain.plan.Summary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanningTest {

    private static final Path ROOT = Path.of("/projects/acme");

    private static MilestonePlan milestone(String id, Summary summary, String... dependsOn) {
        return new MilestonePlan(new MilestoneId(id), "Title " + id,
                List.of(dependsOn).stream().map(MilestoneId::new).toList(), List.of(), summary, false, true,
                Optional.empty());
    }

    private final ProjectPlan plan = ProjectPlan.of(List.of(
            milestone("M001", Summary.TERMINAL),
            milestone("M002", Summary.ABSENT, "M001"),
            milestone("M003", Summary.ABSENT, "M002")));

    private Planning planning(List<String> planWarnings, List<String> preferenceWarnings) {
        return new Planning(new InMemoryProjectPlans(ROOT, plan, planWarnings),
                new FixedPreferenceFiles(Preferences.defaults(), preferenceWarnings));
    }

    @Test
    void the_queue_lists_every_milestone_with_status_and_unmet_dependencies() {
        QueueView queue = planning(List.of(), List.of()).queue(ROOT.resolve("src"));

        assertEquals(ROOT, queue.root());
        assertEquals(List.of(MilestoneStatus.COMPLETE, MilestoneStatus.ACTIVE, MilestoneStatus.PENDING),
                queue.milestones().stream().map(QueueView.Entry::status).toList());
        assertEquals(List.of(new MilestoneId("M002")), queue.milestones().get(2).unmetDependencies());
    }

    @Test
    void warnings_of_preferences_come_before_those_of_the_plan() {
        QueueView queue = planning(List.of("plan warning"), List.of("preference warning")).queue(ROOT);
        assertEquals(List.of("preference warning", "plan warning"), queue.warnings());
    }

    @Test
    void eligibility_can_be_limited_to_a_selection() {
        EligibilityView view = planning(List.of(), List.of()).eligibility(ROOT, Set.of(new MilestoneId("M003")));

        assertEquals(List.of(), view.report().eligible());
        assertEquals("Blocked by incomplete dependencies: M002.", view.report().ineligible().get(0).reason());
    }

    @Test
    void selecting_an_unknown_milestone_is_bad_input() {
        BadInput refused = assertThrows(BadInput.class,
                () -> planning(List.of(), List.of()).eligibility(ROOT, Set.of(new MilestoneId("M009"))));
        assertEquals("--only names M009, which is not a milestone of this project (see gsd queue)",
                refused.getMessage());
    }

    @Test
    void preferences_are_read_even_for_the_queue() {
        Planning failing = new Planning(new InMemoryProjectPlans(ROOT, plan, List.of()), root -> {
            throw new BadInput(".gsd/PREFERENCES.md: parallel.max_workers must be a whole number from 1 to 4");
        });
        assertThrows(BadInput.class, () -> failing.queue(ROOT));
    }
}
