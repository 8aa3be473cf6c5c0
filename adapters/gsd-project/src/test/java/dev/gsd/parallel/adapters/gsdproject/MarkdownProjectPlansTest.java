package dev.gsd.parallel.adapters.gsdproject;

import static dev.gsd.parallel.adapters.gsdproject.TestProject.assertMentions;
import static dev.gsd.parallel.adapters.gsdproject.TestProject.badInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.ReadResult;
import dev.gsd.parallel.application.project.ProjectPlans;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import dev.gsd.parallel.domain.plan.MilestoneStatus;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import dev.gsd.parallel.domain.plan.SlicePlan;
import dev.gsd.parallel.domain.plan.Summary;
import dev.gsd.parallel.domain.plan.TaskPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownProjectPlansTest {

    @TempDir
    Path temp;

    private TestProject project;
    private final ProjectPlans plans = GsdProjectFiles.projectPlans();

    @BeforeEach
    void setUp() {
        project = new TestProject(temp.resolve("project"));
    }

    private ReadResult<ProjectPlan> read() {
        return plans.read(project.root());
    }

    private MilestonePlan milestone(String id) {
        return read().value().find(new MilestoneId(id)).orElseThrow();
    }

    private static List<String> ids(ProjectPlan plan) {
        return plan.milestones().stream().map(m -> m.id().value()).collect(Collectors.toList());
    }

    @Test
    void a_project_without_milestones_is_an_empty_plan() {
        ReadResult<ProjectPlan> result = read();

        assertEquals(List.of(), result.value().milestones());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void depends_on_comes_from_the_context_front_matter() {
        project.context("M001", "", "Core").context("M002", "depends_on: [M001]", "Api")
                .context("M003", "depends_on:\n  - M001\n  - M002", "Web");

        assertEquals(List.of(new MilestoneId("M001"), new MilestoneId("M002")), milestone("M003").dependsOn());
        assertEquals(List.of(), milestone("M001").dependsOn());
    }

    @Test
    void the_draft_is_used_only_when_there_is_no_context() {
        project.context("M001", "", "Core").context("M002", "", "Api")
                .write(".gsd/milestones/M002/M002-CONTEXT-DRAFT.md", "---\ndepends_on: [M001]\n---\n# M002: Draft\n")
                .write(".gsd/milestones/M003/M003-CONTEXT-DRAFT.md",
                        "---\ndepends_on: [M001]\n---\n# M003: Seeded\n");

        assertEquals(List.of(), milestone("M002").dependsOn());
        assertEquals("Api", milestone("M002").title());
        assertEquals(List.of(new MilestoneId("M001")), milestone("M003").dependsOn());
        assertEquals("Seeded", milestone("M003").title());
        assertTrue(milestone("M003").planned());
    }

    @Test
    void the_title_comes_from_the_roadmap_then_the_context_then_the_id() {
        project.context("M001", "", "From context")
                .write(".gsd/milestones/M001/M001-ROADMAP.md", "# M001: From roadmap\n")
                .context("M002", "", "From context")
                .write(".gsd/milestones/M003/M003-CONTEXT.md", "No heading here\n")
                .write(".gsd/milestones/M004/M004-SUMMARY.md", "---\nstatus: complete\n---\n# M004 — Summarised\n");

        assertEquals("From roadmap", milestone("M001").title());
        assertEquals("From context", milestone("M002").title());
        assertEquals("M003", milestone("M003").title());
        assertEquals("Summarised", milestone("M004").title());
    }

    @Test
    void slices_come_from_the_roadmap_and_tasks_from_each_slice_plan() {
        project.write(".gsd/milestones/M001/M001-ROADMAP.md",
                "# M001: Core\n\n## Slices\n\n- [x] **S01: Entity**\n- [ ] **S02: Migrations**\n- [ ] **S03: Later**\n")
                .write(".gsd/milestones/M001/slices/S01/S01-PLAN.md",
                        "- [x] **T01: Entity**\n  - Files: `src/note.ts`\n"
                                + "- [ ] **T02: Repo**\n  - Files: src/repo.ts\n")
                .write(".gsd/milestones/M001/slices/S02/S02-PLAN.md",
                        "- [ ] **T01: Runner**\n  - Files: a.sql, b.sql\n")
                .mkdir(".gsd/milestones/M001/slices/S03");

        assertEquals(List.of(
                new SlicePlan("S01", "Entity", true, List.of(
                        new TaskPlan("T01", "Entity", true, List.of("src/note.ts")),
                        new TaskPlan("T02", "Repo", false, List.of("src/repo.ts")))),
                new SlicePlan("S02", "Migrations", false, List.of(
                        new TaskPlan("T01", "Runner", false, List.of("a.sql", "b.sql")))),
                new SlicePlan("S03", "Later", false, List.of())), milestone("M001").slices());
    }

    @Test
    void the_summary_decides_completion() {
        project.write(".gsd/milestones/M001/M001-SUMMARY.md", "---\nstatus: complete\n---\n# M001: Done\n")
                .write(".gsd/milestones/M002/M002-SUMMARY.md", "---\nstatus: failed\n---\n# M002: Broke\n")
                .context("M003", "", "Open");

        ProjectPlan plan = read().value();

        assertEquals(Summary.TERMINAL, plan.find(new MilestoneId("M001")).orElseThrow().summary());
        assertEquals(Summary.NOT_TERMINAL, plan.find(new MilestoneId("M002")).orElseThrow().summary());
        assertEquals(Summary.ABSENT, plan.find(new MilestoneId("M003")).orElseThrow().summary());
        assertEquals(MilestoneStatus.COMPLETE, plan.status(new MilestoneId("M001")));
        assertEquals(MilestoneStatus.ACTIVE, plan.status(new MilestoneId("M002")));
    }

    @Test
    void a_parked_file_parks_and_a_directory_without_planning_files_is_a_ghost() {
        project.context("M001", "", "Core")
                .write(".gsd/milestones/M001/M001-PARKED.md", "---\nparked_at: x\n---\n# M001 — Parked\n")
                .write(".gsd/milestones/M002/M002-PARKED.md", "")
                .write(".gsd/milestones/M003/M003-RESEARCH.md", "# research only\n")
                .mkdir(".gsd/milestones/M004/slices");

        ProjectPlan plan = read().value();

        assertTrue(plan.find(new MilestoneId("M001")).orElseThrow().parked());
        assertEquals(MilestoneStatus.PARKED, plan.status(new MilestoneId("M002")));
        assertFalse(plan.find(new MilestoneId("M003")).orElseThrow().planned());
        assertEquals(MilestoneStatus.GHOST, plan.status(new MilestoneId("M003")));
        assertEquals(MilestoneStatus.GHOST, plan.status(new MilestoneId("M004")));
    }

    @Test
    void meta_json_gives_the_integration_branch() {
        project.context("M001", "", "Core")
                .write(".gsd/milestones/M001/M001-META.json", "{\"integrationBranch\": \"feat/x-1.2\", \"other\": 1}")
                .context("M002", "", "Api")
                .write(".gsd/milestones/M002/M002-META.json", "{\"integrationBranch\": null}");

        assertEquals(Optional.of("feat/x-1.2"), milestone("M001").integrationBranch());
        assertEquals(Optional.empty(), milestone("M002").integrationBranch());
    }

    @Test
    void a_bad_integration_branch_is_refused() {
        project.context("M001", "", "Core")
                .write(".gsd/milestones/M001/M001-META.json", "{\"integrationBranch\": \"-rf\"}");

        assertMentions(badInput(this::read), ".gsd/milestones/M001/M001-META.json", "integrationBranch", "\"-rf\"");
    }

    @Test
    void queue_order_lists_its_ids_first_then_the_rest_by_number() {
        project.context("M001", "", "a").context("M002", "", "b").context("M003", "", "c")
                .context("M004-zz9zz9", "", "d").context("M004-aa1aa1", "", "e")
                .write(".gsd/QUEUE-ORDER.json", "{\"order\": [\"M003\", \"M009\", \"M001\", \"M003\"],"
                        + " \"updatedAt\": \"2026-05-06T10:00:00Z\"}");

        ReadResult<ProjectPlan> result = read();

        assertEquals(List.of("M003", "M001", "M002", "M004-aa1aa1", "M004-zz9zz9"), ids(result.value()));
        assertEquals(List.of(".gsd/QUEUE-ORDER.json: M009 is listed in order but there is no such milestone"
                + " (skipped)"), result.warnings());
    }

    @Test
    void legacy_descriptor_directories_and_legacy_file_names_resolve() {
        project.write(".gsd/milestones/M001-FLIGHT-SIMULATOR/M001-FLIGHT-SIMULATOR-ROADMAP.md",
                        "# M001: Flight\n- [ ] **S01: Wings**\n")
                .write(".gsd/milestones/M001-FLIGHT-SIMULATOR/slices/S01-WINGS/plan.md",
                        "- [ ] **T01: Left**\n  - Files: wing.c\n")
                .write(".gsd/milestones/M002-ab12cd-notes/context.md", "---\ndepends_on: [M001]\n---\n# M002: Notes\n")
                .write(".gsd/milestones/m003/M003-CONTEXT.md", "# lower-case directory\n");

        ReadResult<ProjectPlan> result = read();

        assertEquals(List.of("M001", "M002-ab12cd"), ids(result.value()));
        MilestonePlan flight = result.value().milestones().get(0);
        assertEquals("Flight", flight.title());
        assertEquals(List.of("wing.c"), List.copyOf(flight.plannedFiles()));
        assertEquals(List.of(new MilestoneId("M001")), result.value().milestones().get(1).dependsOn());
    }

    @Test
    void invalid_directory_names_are_ignored_with_a_warning_naming_each() {
        project.context("M001", "", "Core");
        for (String name : List.of("M1", "M0001", "m001", "M001-ABCDEF", "notes")) {
            project.mkdir(".gsd/milestones/" + name);
        }
        project.write(".gsd/milestones/M005", "a file named like a milestone")
                .write(".gsd/milestones/README.md", "plain files are not milestones")
                .mkdir(".gsd/milestones/.trash");

        ReadResult<ProjectPlan> result = read();

        assertEquals(List.of("M001"), ids(result.value()));
        assertEquals(6, result.warnings().size(), result.warnings()::toString);
        for (String name : List.of("M1", "M0001", "m001", "M001-ABCDEF", "notes")) {
            assertTrue(result.warnings().contains(".gsd/milestones/" + name + " is not a milestone directory: the name"
                    + " must start with a milestone id (M001, M001-abc123, or legacy M001-SOME-NAME); ignored"), name);
        }
        assertTrue(result.warnings().contains(
                ".gsd/milestones/M005 is named like milestone M005 but is not a directory; ignored"));
    }

    @Test
    void two_directories_for_one_id_are_refused_naming_both() {
        project.context("M001", "", "Core").mkdir(".gsd/milestones/M001-OLD-NAME");

        assertMentions(badInput(this::read), ".gsd/milestones/M001 and .gsd/milestones/M001-OLD-NAME",
                "both milestone M001");
    }

    @Test
    void an_unknown_dependency_names_the_context_and_the_id() {
        project.context("M001", "", "Core").context("M002", "depends_on: [M001, M009]", "Api");

        assertMentions(badInput(this::read), ".gsd/milestones/M002/M002-CONTEXT.md", "M009",
                "not a milestone of this project");
    }

    @Test
    void a_dependency_on_itself_is_refused() {
        project.context("M001", "depends_on: [M001]", "Core");

        assertMentions(badInput(this::read), ".gsd/milestones/M001/M001-CONTEXT.md", "itself");
    }

    @Test
    void a_cycle_names_the_context_of_a_milestone_in_it() {
        project.context("M001", "", "Core").context("M002", "depends_on: [M004]", "Api")
                .context("M003", "depends_on: [M002]", "Web").context("M004", "depends_on: [M003]", "Hardening");

        assertMentions(badInput(this::read), ".gsd/milestones/M002/M002-CONTEXT.md", "cycle", "M002 -> M004 -> M003");
    }

    @Test
    void a_dependency_declared_only_in_a_draft_is_named_by_the_draft() {
        project.write(".gsd/milestones/M002/M002-CONTEXT-DRAFT.md", "---\ndepends_on: [M007]\n---\n");

        assertMentions(badInput(this::read), ".gsd/milestones/M002/M002-CONTEXT-DRAFT.md", "M007");
    }

    @Test
    void a_milestone_symlink_leading_outside_the_project_is_refused() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("elsewhere/M003"));
        Files.writeString(outside.resolve("M003-CONTEXT.md"), "# M003: Secret\n");
        project.context("M001", "", "Core").symlink(".gsd/milestones/M003", outside);

        assertMentions(badInput(this::read), "refused: .gsd/milestones/M003 is a symlink leading outside the project",
                outside.toRealPath().toString());
    }

    @Test
    void a_planning_file_symlink_leading_outside_the_project_is_refused() throws Exception {
        Path secret = Files.writeString(Files.createDirectories(temp.resolve("elsewhere")).resolve("passwd"), "x");
        project.write(".gsd/milestones/M001/M001-ROADMAP.md", "- [ ] **S01: A**\n")
                .symlink(".gsd/milestones/M001/slices/S01/S01-PLAN.md", secret);

        assertMentions(badInput(this::read), "refused: .gsd/milestones/M001/slices/S01/S01-PLAN.md is a symlink");
    }

    @Test
    void symlinks_inside_the_project_and_a_gsd_directory_kept_elsewhere_are_fine() throws Exception {
        Path state = Files.createDirectories(temp.resolve("state/projects/abc123"));
        Files.writeString(Files.createDirectories(state.resolve("milestones/M001")).resolve("M001-CONTEXT.md"),
                "# M001: External state\n");
        Files.createDirectories(state.resolve("shared"));
        Files.writeString(state.resolve("shared/context.md"), "# M002: Linked\n");
        Files.createDirectories(state.resolve("milestones/M002"));
        Files.createSymbolicLink(state.resolve("milestones/M002/M002-CONTEXT.md"), state.resolve("shared/context.md"));
        Path root = Files.createDirectories(temp.resolve("linked"));
        Files.createSymbolicLink(root.resolve(".gsd"), state);

        ProjectPlan plan = plans.read(root).value();

        assertEquals(List.of("External state", "Linked"),
                plan.milestones().stream().map(MilestonePlan::title).collect(Collectors.toList()));
    }

    @Test
    void a_binary_context_cannot_be_read() {
        project.writeBytes(".gsd/milestones/M001/M001-CONTEXT.md", new byte[] {'-', '-', '-', '\n', 0, 0});

        assertMentions(badInput(this::read), ".gsd/milestones/M001/M001-CONTEXT.md cannot be read: not UTF-8 text");
    }

    @Test
    void the_queue_order_file_is_validated() {
        project.context("M001", "", "Core");
        project.write(".gsd/QUEUE-ORDER.json", "{\"order\": [\"M001\", \"m002\"]}");
        assertMentions(badInput(this::read), ".gsd/QUEUE-ORDER.json", "order contains \"m002\"");

        project.write(".gsd/QUEUE-ORDER.json", "{\"order\": \"M001\"}");
        assertMentions(badInput(this::read), ".gsd/QUEUE-ORDER.json", "order must be a list");

        project.write(".gsd/QUEUE-ORDER.json", "{\"order\": [\"M001\",]");
        assertMentions(badInput(this::read), ".gsd/QUEUE-ORDER.json is not valid JSON (line 1");

        project.write(".gsd/QUEUE-ORDER.json", "[\"M001\"]");
        assertMentions(badInput(this::read), ".gsd/QUEUE-ORDER.json must hold a JSON object");
    }

    @Test
    void reading_a_root_without_gsd_is_bad_input() {
        assertMentions(badInput(() -> plans.read(temp)), "no .gsd directory");
    }
}
