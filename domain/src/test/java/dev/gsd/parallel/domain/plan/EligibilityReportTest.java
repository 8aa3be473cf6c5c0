package dev.gsd.parallel.domain.plan;

import static dev.gsd.parallel.domain.plan.Plans.complete;
import static dev.gsd.parallel.domain.plan.Plans.id;
import static dev.gsd.parallel.domain.plan.Plans.parked;
import static dev.gsd.parallel.domain.plan.Plans.planned;
import static dev.gsd.parallel.domain.plan.Plans.touching;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gsd.parallel.domain.plan.EligibilityReport.Overlap;
import dev.gsd.parallel.domain.plan.EligibilityReport.Verdict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityReportTest {

    @Test
    void every_milestone_gets_gsds_reason_in_queue_order() {
        ProjectPlan plan = ProjectPlan.of(List.of(
                complete("M001"),
                planned("M002", "M001"),
                planned("M003", "M002", "M001", "M004"),
                parked("M004"),
                MilestonePlan.ghost(id("M005"))));

        EligibilityReport report = EligibilityReport.of(plan);

        assertEquals(List.of(new Verdict(id("M002"), "Title of M002", "All dependencies satisfied.")),
                report.eligible());
        assertEquals(List.of(
                new Verdict(id("M001"), "Title of M001", "Already complete."),
                new Verdict(id("M003"), "Title of M003", "Blocked by incomplete dependencies: M002, M004."),
                new Verdict(id("M004"), "Title of M004", "Milestone is parked."),
                new Verdict(id("M005"), "M005", "Milestone has no planning data — cannot determine eligibility.")),
                report.ineligible());
        assertEquals(List.of(), report.overlaps());
    }

    @Test
    void shared_planned_files_only_warn() {
        ProjectPlan plan = ProjectPlan.of(List.of(
                touching("M001", "src/a.txt", "b.txt"),
                touching("M002", "c.txt"),
                touching("M003", "b.txt", "src/a.txt", "d.txt")));

        EligibilityReport report = EligibilityReport.of(plan);

        assertEquals(List.of(new Overlap(id("M001"), id("M003"), List.of("b.txt", "src/a.txt"))), report.overlaps());
        String warned = "All dependencies satisfied. WARNING: has file overlap with another eligible milestone.";
        assertEquals(List.of(warned, "All dependencies satisfied.", warned),
                report.eligible().stream().map(Verdict::reason).toList());
    }

    @Test
    void ineligible_milestones_do_not_overlap() {
        ProjectPlan plan = ProjectPlan.of(List.of(touching("M001", "a.txt"), touching("M002", "a.txt"),
                parked("M003")));
        MilestonePlan parkedToucher = new MilestonePlan(id("M004"), "t", List.of(),
                plan.find(id("M001")).orElseThrow().slices(), Summary.ABSENT, true, true, java.util.Optional.empty());
        ProjectPlan withParked = ProjectPlan.of(List.of(touching("M001", "a.txt"), parkedToucher));

        assertEquals(1, EligibilityReport.of(plan).overlaps().size());
        assertEquals(List.of(), EligibilityReport.of(withParked).overlaps());
    }

    @Test
    void a_selection_limits_the_report_but_not_the_dependencies() {
        ProjectPlan plan = ProjectPlan.of(List.of(touching("M001", "a.txt"), touching("M002", "a.txt"),
                planned("M003", "M001")));

        EligibilityReport report = EligibilityReport.of(plan, Set.of(id("M002"), id("M003")));

        assertEquals(List.of(new Verdict(id("M002"), "Title of M002", "All dependencies satisfied.")),
                report.eligible());
        assertEquals(List.of(new Verdict(id("M003"), "Title of M003", "Blocked by incomplete dependencies: M001.")),
                report.ineligible());
        assertEquals(List.of(), report.overlaps());
    }
}
