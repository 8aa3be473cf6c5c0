package dev.gsd.parallel.adapters.gsdproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.ReadResult;
import dev.gsd.parallel.application.preferences.ParallelPreferences;
import dev.gsd.parallel.application.preferences.Preferences;
import dev.gsd.parallel.domain.plan.EligibilityReport;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample project reads as its README says; other modules' end-to-end tests rely on that. */
class SampleProjectTest {

    @TempDir
    Path temp;

    private Path root;
    private ProjectPlan plan;
    private ReadResult<ProjectPlan> result;

    @BeforeEach
    void read() throws Exception {
        root = temp.resolve("tidepool");
        BadInputCorpusTest.copy(sample(), root);
        List<String> before = TreeSnapshot.of(temp);
        long started = System.nanoTime();
        result = GsdProjectFiles.projectPlans().read(GsdProjectFiles.projectPlans().locateRoot(root.resolve(".gsd")));
        long elapsed = System.nanoTime() - started;
        plan = result.value();
        assertTrue(elapsed < 1_000_000_000L, () -> "reading took " + elapsed / 1_000_000 + " ms");
        assertEquals(before, TreeSnapshot.of(temp));
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(SampleProjectTest.class.getResource("/sample-project").toURI());
    }

    private MilestonePlan milestone(String id) {
        return plan.find(new MilestoneId(id)).orElseThrow();
    }

    private static List<String> ids(List<MilestoneId> ids) {
        return ids.stream().map(MilestoneId::value).collect(Collectors.toList());
    }

    @Test
    void milestones_in_queue_order_with_titles_and_statuses() {
        List<String> rows = plan.milestones().stream()
                .map(m -> m.id() + " | " + m.title() + " | " + plan.status(m.id()).word() + " | " + ids(m.dependsOn())
                        + " | " + ids(plan.unmetDependencies(m.id())))
                .collect(Collectors.toList());

        assertEquals(List.of(
                "M003 | Web dashboard | active | [M001] | []",
                "M002 | REST API | active | [M001] | []",
                "M001 | Core storage | complete | [] | []",
                "M004 | Release hardening | pending | [M002, M003] | [M002, M003]",
                "M005-a1b2c3 | Full-text search | pending | [M003] | [M003]",
                "M006 | Mobile app | parked | [M002] | [M002]",
                "M007 | M007 | ghost | [] | []",
                "M008 | Legacy importer | active | [] | []"), rows);
    }

    @Test
    void the_only_warning_is_the_stray_directory() {
        assertEquals(List.of(".gsd/milestones/notes is not a milestone directory: the name must start with a"
                + " milestone id (M001, M001-abc123, or legacy M001-SOME-NAME); ignored"), result.warnings());
    }

    @Test
    void planned_files_with_and_without_backticks() {
        assertEquals(List.of("src/api/bookmarks-router.ts", "src/shared/api-types.ts", "src/api/auth/verify.ts"),
                List.copyOf(milestone("M002").plannedFiles()));
        assertEquals(List.of("web/src/BookmarkList.tsx", "src/shared/api-types.ts", "web/src/loadBookmarks.ts"),
                List.copyOf(milestone("M003").plannedFiles()));
        assertEquals(List.of("scripts/import/parse.ts", "scripts/import/cli.ts", "src/storage/bookmark-repo.ts"),
                List.copyOf(milestone("M008").plannedFiles()));
        assertEquals(List.of("src/domain/bookmark.ts", "src/storage/bookmark-repo.ts", "src/storage/db.ts",
                "src/storage/migrate.ts"), List.copyOf(milestone("M001").plannedFiles()));
    }

    @Test
    void slices_and_tasks_keep_their_ticks() {
        MilestonePlan api = milestone("M002");

        assertEquals(List.of("S01 true 1", "S02 false 2", "S03 false 0"), api.slices().stream()
                .map(s -> s.id() + " " + s.done() + " " + s.tasks().size()).collect(Collectors.toList()));
        assertEquals(List.of(true, false), api.slices().get(1).tasks().stream().map(t -> t.done())
                .collect(Collectors.toList()));
        assertEquals(Optional.of("main"), milestone("M001").integrationBranch());
    }

    @Test
    void the_eligibility_report() {
        EligibilityReport report = EligibilityReport.of(plan);
        String overlap = EligibilityReport.ALL_DEPENDENCIES_SATISFIED + EligibilityReport.OVERLAP_WARNING;

        assertEquals(List.of("M003: " + overlap, "M002: " + overlap,
                "M008: " + EligibilityReport.ALL_DEPENDENCIES_SATISFIED), verdicts(report.eligible()));
        assertEquals(List.of(
                "M001: " + EligibilityReport.ALREADY_COMPLETE,
                "M004: " + EligibilityReport.BLOCKED_BY + "M002, M003.",
                "M005-a1b2c3: " + EligibilityReport.BLOCKED_BY + "M003.",
                "M006: " + EligibilityReport.PARKED,
                "M007: " + EligibilityReport.NO_PLANNING_DATA), verdicts(report.ineligible()));
        assertEquals(List.of(new EligibilityReport.Overlap(new MilestoneId("M003"), new MilestoneId("M002"),
                List.of("src/shared/api-types.ts"))), report.overlaps());
    }

    @Test
    void the_preferences_enable_parallel_runs_without_warnings() throws Exception {
        Path emptyHome = Files.createDirectories(temp.resolve("home"));

        ReadResult<Preferences> preferences = GsdProjectFiles.preferenceFiles(emptyHome).read(root);

        ParallelPreferences parallel = preferences.value().parallel();
        assertEquals(List.of(), preferences.warnings());
        assertTrue(parallel.enabled());
        assertEquals(2, parallel.maxWorkers());
        assertEquals(Optional.of(new BigDecimal("5.00")), parallel.budgetCeiling());
        assertEquals(Optional.of("main"), preferences.value().git().mainBranch());
    }

    private static List<String> verdicts(List<EligibilityReport.Verdict> verdicts) {
        return verdicts.stream().map(v -> v.id() + ": " + v.reason()).collect(Collectors.toList());
    }
}
