package dev.gsd.parallel.simagent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.adapters.gsdproject.GsdProjectFiles;
import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.agent.SimAgentSettings;
import dev.gsd.parallel.application.agent.SimulatedAgent.Outcome;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import dev.gsd.parallel.domain.plan.MilestoneStatus;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import dev.gsd.parallel.domain.plan.SlicePlan;
import dev.gsd.parallel.domain.plan.TaskPlan;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent in-process on a real git repository, read back with the real GSD reader; crash and hang are faked. */
class GitSimulatedAgentTest {

    private static final String COST_LINE = "{\"type\":\"message_end\",\"message\":{\"usage\":{\"cost\":{\"total\":%s}}}}";

    private static final List<String> ALL_SUBJECTS = SimProject.TWO_BY_TWO_SUBJECTS;

    @TempDir
    Path temp;

    private SimProject project;
    private FakeBody body;
    private final List<String> ndjson = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>(Map.of("GSD_MILESTONE_LOCK", "M001"));

    @BeforeEach
    void aMilestoneWorktree() {
        project = SimProject.twoByTwo(temp.resolve("wt"));
        body = new FakeBody();
    }

    private Outcome run(final SimAgentSettings settings) {
        return new GitSimulatedAgent(GsdProjectFiles.projectPlans(), body)
                .run(settings, environment, project.root(), ndjson::add);
    }

    private Outcome run() {
        return run(SimAgentSettings.none());
    }

    private static SimAgentSettings at(final String failAt, final String crashAt, final String hangAt) {
        return new SimAgentSettings(OptionalLong.of(0), Optional.empty(), Optional.ofNullable(failAt),
                Optional.ofNullable(crashAt), Optional.ofNullable(hangAt), false);
    }

    @Test
    void completes_the_milestone_one_commit_per_task_slice_and_milestone() {
        final Outcome outcome = run();

        assertEquals(Outcome.completed(), outcome);
        assertEquals(ALL_SUBJECTS, project.subjects());
        project.identities().stream().skip(1).forEach(identity -> assertEquals(
                "GSD Simulated Agent <sim-agent@gsd.invalid> | GSD Simulated Agent <sim-agent@gsd.invalid>", identity));
        assertEquals(List.of("M001/S01/T01", "M001/S01/T02", "M001/S02/T02"), project.lines("a.txt"));
        assertEquals(List.of("M001/S01/T01"), project.lines("src/b.txt"));
        assertEquals(List.of("M001/S02/T01", "M001/S02/T02"), project.lines("c.txt"));
        assertEquals(List.of(), project.status());
        assertEquals(List.of(COST_LINE.formatted("0.01"), COST_LINE.formatted("0.01"), COST_LINE.formatted("0.01"),
                COST_LINE.formatted("0.01")), ndjson);
        assertEquals(List.of(200L, 200L, 200L, 200L), body.work);
    }

    @Test
    void every_box_is_ticked_and_every_summary_written_as_gsd_reads_them() {
        run();

        final ProjectPlan read = GsdProjectFiles.projectPlans().read(project.root()).value();
        final MilestonePlan milestone = read.find(new MilestoneId("M001")).orElseThrow();
        assertEquals(MilestoneStatus.COMPLETE, read.status(milestone.id()));
        for (final SlicePlan slice : milestone.slices()) {
            assertTrue(slice.done(), slice.id());
            assertTrue(Files.isRegularFile(project.path(".gsd/milestones/M001/slices/" + slice.id() + "/"
                    + slice.id() + "-SUMMARY.md")));
            for (final TaskPlan task : slice.tasks()) {
                assertTrue(task.done(), slice.id() + "/" + task.id());
                assertTrue(Files.isRegularFile(project.path(".gsd/milestones/M001/slices/" + slice.id() + "/tasks/"
                        + task.id() + "-SUMMARY.md")));
            }
        }
        assertTrue(project.read(".gsd/milestones/M001/M001-SUMMARY.md").contains("\nstatus: complete\n"));
    }

    @Test
    void a_task_commit_holds_exactly_the_files_the_agent_wrote() {
        run();

        assertEquals(List.of(".gsd/milestones/M001/slices/S01/S01-PLAN.md",
                ".gsd/milestones/M001/slices/S01/tasks/T01-SUMMARY.md", "a.txt", "src/b.txt"),
                project.filesOf("feat(M001/S01/T01)"));
        assertEquals(List.of(".gsd/milestones/M001/M001-ROADMAP.md", ".gsd/milestones/M001/slices/S01/S01-SUMMARY.md"),
                project.filesOf("feat(M001/S01): "));
        assertEquals(List.of(".gsd/milestones/M001/M001-SUMMARY.md"), project.filesOf("feat(M001): "));
    }

    @Test
    void runtime_files_and_whatever_else_is_staged_stay_out_of_its_commits() {
        project.write(".gsd/auto.lock", "{}");
        project.write(".gsd/metrics.json", "{}");
        project.write(".gsd/parallel/M001.status.json", "{}");
        project.write("notes.txt", "the user's own work\n");
        project.git("add", "notes.txt");

        run();

        assertEquals(ALL_SUBJECTS.size(), project.subjects().size());
        assertEquals(List.of("?? .gsd/auto.lock", "?? .gsd/metrics.json", "?? .gsd/parallel/M001.status.json",
                "A  notes.txt"), project.status().stream().sorted().toList());
    }

    @Test
    void reports_the_cost_per_task_it_is_given() {
        run(new SimAgentSettings(OptionalLong.of(5), Optional.of(new BigDecimal("0.25")), Optional.empty(),
                Optional.empty(), Optional.empty(), false));

        assertEquals(4, ndjson.size());
        ndjson.forEach(line -> assertEquals(COST_LINE.formatted("0.25"), line));
        assertEquals(List.of(5L, 5L, 5L, 5L), body.work);
    }

    @Test
    void fail_at_stops_there_with_the_earlier_tasks_committed() {
        final Outcome outcome = run(at("S02/T01", null, null));

        assertEquals(Outcome.failed("failed at M001/S02/T01 as told (--fail-at or GSD_SIM_FAIL_AT)"), outcome);
        assertEquals(ALL_SUBJECTS.subList(0, 4), project.subjects());
        assertFalse(Files.exists(project.path("c.txt")));
        assertEquals(2, ndjson.size());
        assertEquals(List.of(), project.status());
    }

    @Test
    void crash_at_dies_after_writing_the_lines_and_before_committing_and_a_restart_finishes_without_duplicates() {
        assertThrows(FakeBody.Crashed.class, () -> run(at(null, "S01/T02", null)));

        assertEquals(ALL_SUBJECTS.subList(0, 2), project.subjects());
        assertEquals(List.of("M001/S01/T01", "M001/S01/T02"), project.lines("a.txt"));
        assertEquals(List.of(" M a.txt"), project.status());
        assertEquals(1, ndjson.size());

        assertEquals(Outcome.completed(), run());

        assertEquals(ALL_SUBJECTS, project.subjects());
        assertEquals(List.of("M001/S01/T01", "M001/S01/T02", "M001/S02/T02"), project.lines("a.txt"));
        assertEquals(List.of(), project.status());
        assertEquals(4, ndjson.size());
    }

    @Test
    void a_box_ticked_but_not_committed_is_committed_on_restart() {
        assertThrows(FakeBody.Crashed.class, () -> run(at(null, "S01/T02", null)));
        // as if the agent died after ticking the box, just before its commit
        final String plan = ".gsd/milestones/M001/slices/S01/S01-PLAN.md";
        project.write(plan, project.read(plan).replace("- [ ] **T02", "- [x] **T02"));

        assertEquals(Outcome.completed(), run());

        assertEquals(ALL_SUBJECTS, project.subjects());
        assertEquals(List.of("M001/S01/T01", "M001/S01/T02", "M001/S02/T02"), project.lines("a.txt"));
        assertEquals(List.of(), project.status());
    }

    @Test
    void a_milestone_summary_not_committed_is_committed_on_restart() {
        run();
        project.git("reset", "-q", "--soft", "HEAD~1");
        project.git("reset", "-q");

        assertEquals(Outcome.completed(), run());

        assertEquals(ALL_SUBJECTS, project.subjects());
        assertEquals(List.of(), project.status());
    }

    @Test
    void a_complete_milestone_is_left_alone() {
        run();
        ndjson.clear();

        assertEquals(Outcome.completed(), run());

        assertEquals(ALL_SUBJECTS, project.subjects());
        assertEquals(List.of(), ndjson);
    }

    @Test
    void hang_at_stops_before_the_task_does_anything() {
        assertThrows(FakeBody.Hung.class, () -> run(at(null, null, "S01/T02")));

        assertEquals(ALL_SUBJECTS.subList(0, 2), project.subjects());
        assertEquals(List.of("M001/S01/T01"), project.lines("a.txt"));
        assertEquals(List.of(), project.status());
    }

    @Test
    void the_environment_can_aim_a_disruption_at_one_milestone() {
        environment.put("GSD_SIM_FAIL_AT_M002", "S01/T01");
        environment.put("GSD_SIM_CRASH_AT", "S02/T01");
        environment.put("GSD_SIM_CRASH_AT_M001", "S01/T02");

        assertThrows(FakeBody.Crashed.class, () -> run());

        assertEquals(ALL_SUBJECTS.subList(0, 2), project.subjects());
    }

    @Test
    void with_sim_once_a_restarted_worker_finishes() {
        environment.put("GSD_SIM_CRASH_AT_M001", "S01/T02");
        environment.put("GSD_SIM_ONCE", "1");
        environment.put("GSD_WORKER_ATTEMPT", "1");
        assertThrows(FakeBody.Crashed.class, () -> run());

        environment.put("GSD_WORKER_ATTEMPT", "2");

        assertEquals(Outcome.completed(), run());
        assertEquals(ALL_SUBJECTS, project.subjects());
    }

    @Test
    void ignore_sigterm_comes_from_the_option_or_the_environment() {
        run();
        assertFalse(body.ignoringSigterm);

        environment.put("GSD_SIM_IGNORE_SIGTERM", "1");
        run();
        assertTrue(body.ignoringSigterm);
    }

    @Test
    void a_task_naming_a_file_outside_the_worktree_is_refused_before_anything_is_written() {
        project.write(".gsd/milestones/M001/slices/S02/S02-PLAN.md",
                project.read(".gsd/milestones/M001/slices/S02/S02-PLAN.md").replace("Files: c.txt", "Files: ../c.txt"));
        project.commitAll("escape");

        final BadInput refused = assertThrows(BadInput.class, this::run);

        assertEquals("M001/S02/T01 names '../c.txt' on its Files line, which is not a file inside the worktree; use"
                + " a path relative to the project root", refused.getMessage());
        assertFalse(Files.exists(project.path("a.txt")));
        assertEquals(List.of(), project.status());
    }

    @Test
    void a_task_naming_a_runtime_file_is_refused() {
        project.write(".gsd/milestones/M001/slices/S02/S02-PLAN.md",
                project.read(".gsd/milestones/M001/slices/S02/S02-PLAN.md")
                        .replace("Files: c.txt", "Files: .gsd/parallel/x.json"));
        project.commitAll("runtime");

        assertTrue(assertThrows(BadInput.class, this::run).getMessage().contains("a runtime file of GSD"));
    }

    @Test
    void without_a_milestone_lock_or_outside_a_git_worktree_it_refuses() {
        environment.remove("GSD_MILESTONE_LOCK");
        assertTrue(assertThrows(BadInput.class, this::run).getMessage().startsWith("GSD_MILESTONE_LOCK is not set"));

        environment.put("GSD_MILESTONE_LOCK", "M002");
        assertTrue(assertThrows(BadInput.class, this::run).getMessage().startsWith("no .gsd/milestones/M002 in "));
    }

    @Test
    void a_roadmap_without_checkbox_lines_is_refused_by_name() {
        project.write(".gsd/milestones/M001/M001-ROADMAP.md", "# M001: Two by two\n\n## Slices\n\n"
                + "| ID | Slice | Done |\n|----|-------|------|\n| S01 | First slice | |\n");
        project.commitAll("table roadmap");

        final BadInput refused = assertThrows(BadInput.class, this::run);

        assertEquals("cannot tick S01 in .gsd/milestones/M001/M001-ROADMAP.md: it has no checkbox line"
                + " '- [ ] **S01: …**' (gsd sim-agent ticks checkbox lines only)", refused.getMessage());
    }
}
