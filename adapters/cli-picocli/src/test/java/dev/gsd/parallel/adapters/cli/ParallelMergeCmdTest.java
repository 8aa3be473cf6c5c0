package dev.gsd.parallel.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.merge.MergeReport;
import dev.gsd.parallel.application.merge.MergeResult;
import dev.gsd.parallel.application.merge.MergeResult.Outcome;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelMergeCmdTest {

    @TempDir
    Path temp;

    @Test
    void the_results_keep_gsds_layout() {
        final MergeReport report = new MergeReport(temp, List.of(
                new MergeResult(new MilestoneId("M001"), Outcome.MERGED, Optional.of("abc"), List.of(), ""),
                new MergeResult(new MilestoneId("M002"), Outcome.ALREADY_MERGED, Optional.empty(), List.of(), ""),
                new MergeResult(new MilestoneId("M003"), Outcome.NO_CHANGES, Optional.of("def"), List.of(), ""),
                new MergeResult(new MilestoneId("M004"), Outcome.CONFLICT, Optional.empty(),
                        List.of("src/a.txt", "src/b.txt"), "")), List.of());

        assertEquals(String.join("\n",
                "# Merge Results",
                "",
                "- **M001** — merged successfully",
                "- **M002** — already merged; nothing to do",
                "- **M003** — merged, but it contained no code changes (only .gsd/ files)",
                "- **M004** — CONFLICT (2 file(s)):",
                "  - `src/a.txt`",
                "  - `src/b.txt`",
                "  Resolve conflicts manually and run `gsd parallel merge M004` to retry.",
                ""), ParallelMergeCmd.text(report));
    }

    @Test
    void nothing_to_merge_says_so() {
        assertEquals("No completed milestones to merge.\n",
                ParallelMergeCmd.text(new MergeReport(temp, List.of(), List.of())));
    }

    @Test
    void an_invalid_id_or_a_project_without_git_exits_3_with_one_line() throws Exception {
        final Path project = Files.createDirectories(temp.resolve("project"));
        final Map<String, String> env = Map.of("GSD_HOME", temp.resolve("home").toString());

        final CliRun invalid = CliRun.of(env, project, List.of(), "parallel", "merge", "m1");
        final CliRun noGit = CliRun.of(env, project, List.of(), "parallel", "merge", "M001");

        assertEquals(3, invalid.exitCode());
        assertEquals("gsd: 'm1' is not a milestone id (M001 or M001-abc123)", invalid.onlyErrLine());
        assertEquals(3, noGit.exitCode());
        assertTrue(noGit.onlyErrLine().contains("is not in a git repository"), noGit.err());
    }
}
