package dev.gsd.parallel.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import dev.gsd.parallel.domain.plan.SlicePlan;
import dev.gsd.parallel.domain.plan.Summary;
import dev.gsd.parallel.domain.plan.TaskPlan;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gsd queue} and {@code gsd parallel start} over an in-memory project: layout, JSON and exit codes. */
class PlanningVerbsTest {

    @TempDir
    Path project;

    private static MilestonePlan milestone(final String id, final Summary summary, final List<String> files,
                                           final String... dependsOn) {
        final List<SlicePlan> slices = files.isEmpty() ? List.of() : List.of(new SlicePlan("S01", "Slice", false,
                List.of(new TaskPlan("T01", "Task", false, files))));
        return new MilestonePlan(new MilestoneId(id), "Title " + id,
                Arrays.stream(dependsOn).map(MilestoneId::new).toList(), slices, summary, false, true,
                Optional.empty());
    }

    private static final ProjectPlan PLAN = ProjectPlan.of(List.of(
            milestone("M001", Summary.TERMINAL, List.of()),
            milestone("M002", Summary.ABSENT, List.of("src/a.txt", "b.txt"), "M001"),
            milestone("M003", Summary.ABSENT, List.of("src/a.txt")),
            milestone("M004", Summary.ABSENT, List.of(), "M002", "M003"),
            MilestonePlan.ghost(new MilestoneId("M005"))));

    private CliRun gsd(final ProjectPlan plan, final boolean enabled, final String... args) {
        return CliRun.of(Map.of("GSD_HOME", project.resolve("home").toString()), project,
                TestProjects.project(project, plan, enabled), List.of(), args);
    }

    @Test
    void queue_prints_a_table_in_queue_order() {
        final CliRun run = gsd(PLAN, false, "queue");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(String.join(System.lineSeparator(),
                "ID    TITLE       STATUS    DEPENDS ON  UNMET",
                "M001  Title M001  complete  -           -",
                "M002  Title M002  active    M001        -",
                "M003  Title M003  active    -           -",
                "M004  Title M004  pending   M002, M003  M002, M003",
                "M005  M005        ghost     -           -",
                ""), run.out());
        assertEquals("", run.err());
    }

    @Test
    void queue_json_has_the_contract_shape() {
        final CliRun run = gsd(PLAN, false, "--json", "queue");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\"milestones\":[{\"id\":\"M001\",\"title\":\"Title M001\","
                + "\"status\":\"complete\",\"dependsOn\":[],\"unmetDependencies\":[]},"), run.out());
        assertTrue(run.out().contains("{\"id\":\"M004\",\"title\":\"Title M004\",\"status\":\"pending\","
                + "\"dependsOn\":[\"M002\",\"M003\"],\"unmetDependencies\":[\"M002\",\"M003\"]}"), run.out());
    }

    @Test
    void dry_run_prints_gsds_report_and_exits_0_even_when_parallel_is_off() {
        final CliRun run = gsd(PLAN, false, "parallel", "start", "--dry-run");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(String.join("\n",
                "# Parallel Eligibility Report",
                "",
                "## Eligible for Parallel Execution (2)",
                "",
                "- **M002** — Title M002",
                "  All dependencies satisfied. WARNING: has file overlap with another eligible milestone.",
                "- **M003** — Title M003",
                "  All dependencies satisfied. WARNING: has file overlap with another eligible milestone.",
                "",
                "## Ineligible (3)",
                "",
                "- **M001** — Title M001",
                "  Already complete.",
                "- **M004** — Title M004",
                "  Blocked by incomplete dependencies: M002, M003.",
                "- **M005** — M005",
                "  Milestone has no planning data — cannot determine eligibility.",
                "",
                "## File Overlap Warnings (1)",
                "",
                "- **M002** <-> **M003** — 1 shared file(s):",
                "  - `src/a.txt`",
                "") + System.lineSeparator(), run.out());
        assertTrue(run.onlyErrLine().startsWith("gsd: warning: parallel mode is not enabled"), run.err());
    }

    @Test
    void dry_run_json_has_the_contract_shape() {
        final CliRun run = gsd(PLAN, true, "--json", "parallel", "start", "--dry-run", "--only", "M003,M004");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("{\"eligible\":[{\"id\":\"M003\",\"title\":\"Title M003\",\"reason\":\"All dependencies "
                + "satisfied.\"}],\"ineligible\":[{\"id\":\"M004\",\"title\":\"Title M004\",\"reason\":\"Blocked by "
                + "incomplete dependencies: M002, M003.\"}],\"overlaps\":[]}" + System.lineSeparator(), run.out());
        assertEquals("", run.err());
    }

    @Test
    void an_empty_report_says_so_in_both_sections() {
        final CliRun run = gsd(ProjectPlan.of(List.of()), true, "parallel", "start", "--dry-run");

        assertTrue(run.out().contains("No milestones are currently eligible for parallel execution."), run.out());
        assertTrue(run.out().contains("All milestones are eligible."), run.out());
        assertTrue(!run.out().contains("File Overlap"), run.out());
    }

    @Test
    void start_without_parallel_enabled_refuses_with_the_original_message() {
        final CliRun run = gsd(PLAN, false, "parallel", "start");

        assertEquals(3, run.exitCode());
        assertEquals("Parallel mode is not enabled. Set `parallel.enabled: true` in your preferences.",
                run.onlyErrLine());
        assertEquals("", run.out());
    }

    @Test
    void start_with_nothing_eligible_prints_the_report_and_exits_10() {
        final ProjectPlan done = ProjectPlan.of(List.of(milestone("M001", Summary.TERMINAL, List.of())));

        final CliRun run = gsd(done, true, "parallel", "start");

        assertEquals(10, run.exitCode());
        assertTrue(run.out().startsWith("# Parallel Eligibility Report"), run.out());
        assertEquals("No milestones are eligible for parallel execution.", run.onlyErrLine());
    }

    @Test
    void wait_json_prints_a_summary_line_even_when_refused_up_front() {
        final CliRun notEnabled = gsd(PLAN, false, "--json", "parallel", "start", "--wait");
        final CliRun badOnly = gsd(PLAN, true, "--json", "parallel", "start", "--wait", "--only", "M009");

        assertEquals(3, notEnabled.exitCode());
        assertEquals("{\"type\":\"summary\",\"exitCode\":3,\"milestones\":[{\"id\":\"M002\",\"state\":\"eligible\"},"
                + "{\"id\":\"M003\",\"state\":\"eligible\"},{\"id\":\"M001\",\"state\":\"complete\"},{\"id\":\"M004\","
                + "\"state\":\"pending\"},{\"id\":\"M005\",\"state\":\"pending\"}],\"totalCost\":0}"
                + System.lineSeparator(), notEnabled.out());
        assertEquals(3, badOnly.exitCode());
        assertEquals("{\"type\":\"summary\",\"exitCode\":3,\"milestones\":[],\"totalCost\":0}"
                + System.lineSeparator(), badOnly.out());
        assertEquals("gsd: --only names M009, which is not a milestone of this project (see gsd queue)",
                badOnly.onlyErrLine());
    }

    @Test
    void only_with_a_malformed_id_is_bad_input() {
        final CliRun run = gsd(PLAN, true, "parallel", "start", "--dry-run", "--only", "m001");

        assertEquals(3, run.exitCode());
        assertEquals("gsd: --only: 'm001' is not a milestone id (M001 or M001-abc123)", run.onlyErrLine());
    }

    @Test
    void a_directory_outside_any_project_is_bad_input() {
        final CliRun run = gsd(PLAN, true, "-C", project.getParent().toString(), "queue");

        assertEquals(3, run.exitCode());
        assertTrue(run.onlyErrLine().startsWith("gsd: no GSD project at or above"), run.err());
    }
}
