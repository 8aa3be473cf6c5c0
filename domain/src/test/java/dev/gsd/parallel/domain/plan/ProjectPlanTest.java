package dev.gsd.parallel.domain.plan;

import static dev.gsd.parallel.domain.plan.Plans.complete;
import static dev.gsd.parallel.domain.plan.Plans.id;
import static dev.gsd.parallel.domain.plan.Plans.ids;
import static dev.gsd.parallel.domain.plan.Plans.parked;
import static dev.gsd.parallel.domain.plan.Plans.planned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectPlanTest {

    @Test
    void statuses_follow_gsd_markdown_rules() {
        ProjectPlan plan = ProjectPlan.of(List.of(
                complete("M001"),
                planned("M002", "M001"),
                planned("M003", "M002"),
                parked("M004"),
                MilestonePlan.ghost(id("M005")),
                planned("M006")));

        assertEquals(MilestoneStatus.COMPLETE, plan.status(id("M001")));
        assertEquals(MilestoneStatus.ACTIVE, plan.status(id("M002")));
        assertEquals(MilestoneStatus.PENDING, plan.status(id("M003")));
        assertEquals(MilestoneStatus.PARKED, plan.status(id("M004")));
        assertEquals(MilestoneStatus.GHOST, plan.status(id("M005")));
        assertEquals(MilestoneStatus.ACTIVE, plan.status(id("M006")));
        assertEquals(ids("M002"), plan.unmetDependencies(id("M003")));
    }

    @Test
    void a_complete_summary_wins_over_a_park_marker() {
        MilestonePlan both = new MilestonePlan(id("M001"), "t", List.of(), List.of(), Summary.TERMINAL, true, true,
                Optional.empty());
        assertEquals(MilestoneStatus.COMPLETE, ProjectPlan.of(List.of(both)).status(id("M001")));
    }

    @Test
    void a_summary_that_reports_failure_is_not_complete() {
        MilestonePlan failed = new MilestonePlan(id("M001"), "t", List.of(), List.of(), Summary.NOT_TERMINAL, false,
                true, Optional.empty());
        ProjectPlan plan = ProjectPlan.of(List.of(failed, planned("M002", "M001")));
        assertEquals(MilestoneStatus.ACTIVE, plan.status(id("M001")));
        assertEquals(MilestoneStatus.PENDING, plan.status(id("M002")));
    }

    @Test
    void parked_and_ghost_dependencies_are_unmet() {
        ProjectPlan plan = ProjectPlan.of(List.of(parked("M001"), MilestonePlan.ghost(id("M002")),
                planned("M003", "M001", "M002")));
        assertEquals(ids("M001", "M002"), plan.unmetDependencies(id("M003")));
        assertEquals(MilestoneStatus.PENDING, plan.status(id("M003")));
    }

    @Test
    void dependencies_count_whatever_their_place_in_the_queue() {
        ProjectPlan plan = ProjectPlan.of(List.of(planned("M002", "M009"), complete("M009")));
        assertEquals(MilestoneStatus.ACTIVE, plan.status(id("M002")));
    }

    @Test
    void a_dependency_on_no_milestone_is_invalid_and_names_both() {
        InvalidPlan invalid = assertThrows(InvalidPlan.class,
                () -> ProjectPlan.of(List.of(planned("M001"), planned("M002", "M007"))));
        assertEquals("M002 depends on M007, which is not a milestone of this project", invalid.getMessage());
        assertEquals(id("M002"), invalid.milestone());
    }

    @Test
    void a_cycle_is_invalid_and_named() {
        InvalidPlan invalid = assertThrows(InvalidPlan.class, () -> ProjectPlan.of(List.of(
                planned("M001"), planned("M002", "M001", "M004"), planned("M003", "M002"), planned("M004", "M003"))));
        assertEquals("milestones depend on each other in a cycle: M002 -> M004 -> M003 -> M002",
                invalid.getMessage());
    }

    @Test
    void depending_on_itself_is_a_cycle() {
        InvalidPlan invalid = assertThrows(InvalidPlan.class, () -> ProjectPlan.of(List.of(planned("M001", "M001"))));
        assertEquals("milestones depend on each other in a cycle: M001 -> M001", invalid.getMessage());
    }

    @Test
    void an_id_twice_is_invalid() {
        assertThrows(InvalidPlan.class, () -> ProjectPlan.of(List.of(planned("M001"), complete("M001"))));
    }

    @Test
    void queue_order_puts_the_custom_order_first_then_the_rest_by_number() {
        assertEquals(ids("M003", "M001", "M002", "M002-aaaaaa", "M010"), QueueOrder.arrange(
                ids("M010", "M002-aaaaaa", "M001", "M002", "M003"), ids("M003", "M009", "M001", "M003")));
    }
}
