package dev.gsd.parallel.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gsd parallel merge} through the real jar on a real repository whose milestone branch was made with the git
 * command line alone, as "anyone" would make it.
 */
class ParallelMergeIT {

    @TempDir
    Path temp;

    private Path project;
    private Path xdg;
    private GsdJar gsd;

    @BeforeEach
    void aProjectWithACompletedMilestoneBranch() throws Exception {
        assumeTrue(git(temp, "--version").startsWith("git version"), "the git command line is needed");
        project = Files.createDirectories(temp.resolve("project"));
        xdg = Files.createDirectories(temp.resolve("xdg"));
        git(project, "init", "-q", "-b", "main");
        git(project, "config", "user.name", "Test");
        git(project, "config", "user.email", "t@example.com");
        write(".gsd/milestones/M001/M001-ROADMAP.md", "# M001: Core storage\n\n## Slices\n\n"
                + "- [ ] **S01: Storage layer**\n- [ ] **S02: Not started**\n");
        write(".gsd/milestones/M001/slices/S01/S01-PLAN.md", "# S01: Storage layer\n\n## Tasks\n\n"
                + "- [ ] **T01: Schema**\n  - Files: src/schema.sql\n- [ ] **T02: Repository**\n");
        write("src/app.txt", "one\ntwo\nthree\n");
        commitAll("initial");
        git(project, "checkout", "-q", "-b", "milestone/M001");
        write("src/schema.sql", "create table bookmark(id int);\n");
        write(".gsd/milestones/M001/M001-ROADMAP.md", "# M001: Core storage\n\n## Slices\n\n"
                + "- [x] **S01: Storage layer**\n- [ ] **S02: Not started**\n");
        write(".gsd/milestones/M001/slices/S01/S01-PLAN.md", "# S01: Storage layer\n\n## Tasks\n\n"
                + "- [x] **T01: Schema**\n  - Files: src/schema.sql\n- [ ] **T02: Repository**\n");
        write(".gsd/milestones/M001/M001-SUMMARY.md", "# M001: Core storage\n\nDone.\n");
        commitAll("M001 complete");
        git(project, "checkout", "-q", "main");
        gsd = new GsdJar(project, Map.of("GSD_HOME", temp.resolve("gsd-home").toString(),
                "XDG_CONFIG_HOME", xdg.toString()));
    }

    @Test
    void merges_every_completed_milestone_then_says_already_merged() throws Exception {
        GsdJar.Outcome unknown = gsd.run("parallel", "merge", "M009");
        assertEquals(3, unknown.exitCode(), unknown.err());
        assertEquals(1, unknown.errLines().size(), unknown.err());
        assertTrue(unknown.err().contains("no branch milestone/M009"), unknown.err());

        GsdJar.Outcome merged = gsd.run("--json", "parallel", "merge");

        assertEquals(0, merged.exitCode(), merged.err());
        String head = git(project, "rev-parse", "HEAD").strip();
        assertEquals("{\"results\":[{\"milestoneId\":\"M001\",\"outcome\":\"merged\",\"commit\":\"" + head
                + "\",\"files\":[]}]}\n", merged.out());
        assertEquals("feat: Core storage\n\nCompleted slices:\n- S01: Storage layer\n\nCompleted tasks:\n"
                + "- S01/T01: Schema\n\nGSD-Milestone: M001\nBranch: milestone/M001\n",
                git(project, "log", "-1", "--format=%B").strip() + "\n");
        assertEquals("create table bookmark(id int);\n", Files.readString(project.resolve("src/schema.sql")));
        assertEquals("", git(project, "branch", "--list", "milestone/*"));
        assertEquals("", git(project, "status", "--porcelain"));
        assertFalse(Files.exists(xdg.resolve("jgit/config")), "JGit's file-system probe must not run");

        GsdJar.Outcome again = gsd.run("parallel", "merge", "M001");

        assertEquals(0, again.exitCode(), again.err());
        assertEquals("# Merge Results\n\n- **M001** — already merged; nothing to do\n", again.out());
        assertEquals(head, git(project, "rev-parse", "HEAD").strip());
    }

    @Test
    void the_integration_branch_named_in_meta_json_receives_the_merge() throws Exception {
        git(project, "branch", "develop", "main");
        git(project, "checkout", "-q", "milestone/M001");
        write(".gsd/milestones/M001/M001-META.json", "{\"integrationBranch\": \"develop\"}\n");
        commitAll("M001 integrates into develop");
        git(project, "checkout", "-q", "main");
        String mainBefore = git(project, "rev-parse", "main");

        GsdJar.Outcome merged = gsd.run("parallel", "merge", "M001");

        assertEquals(0, merged.exitCode(), merged.err());
        assertEquals("feat: Core storage", git(project, "log", "-1", "--format=%s", "develop").strip());
        assertEquals("create table bookmark(id int);\n", git(project, "show", "develop:src/schema.sql"));
        assertEquals(mainBefore, git(project, "rev-parse", "main"), "main is not the integration branch");
        assertFalse(Files.exists(project.resolve("src/schema.sql")), "the checkout of main is left alone");
    }

    @Test
    void a_code_conflict_exits_10_and_leaves_main_as_it_was() throws Exception {
        write("src/app.txt", "one\ntwo on main\nthree\n");
        commitAll("main edit");
        git(project, "checkout", "-q", "milestone/M001");
        write("src/app.txt", "one\ntwo on the milestone\nthree\n");
        commitAll("milestone edit");
        git(project, "checkout", "-q", "main");
        write("src/app.txt", "my uncommitted edit\n");
        String head = git(project, "rev-parse", "HEAD");
        byte[] index = Files.readAllBytes(project.resolve(".git/index"));

        GsdJar.Outcome conflict = gsd.run("parallel", "merge", "M001");

        assertEquals(10, conflict.exitCode(), conflict.err());
        assertEquals("# Merge Results\n\n- **M001** — CONFLICT (1 file(s)):\n  - `src/app.txt`\n"
                + "  Resolve conflicts manually and run `gsd parallel merge M001` to retry.\n", conflict.out());
        assertEquals(head, git(project, "rev-parse", "HEAD"));
        assertTrue(java.util.Arrays.equals(index, Files.readAllBytes(project.resolve(".git/index"))));
        assertEquals("my uncommitted edit\n", Files.readString(project.resolve("src/app.txt")));
        assertFalse(Files.exists(project.resolve(".git/MERGE_HEAD")));
        assertFalse(git(project, "branch", "--list", "milestone/M001").isEmpty());
    }

    @Test
    void a_merge_whose_branch_cannot_be_deleted_is_reported_merged_with_a_warning_and_keeps_the_worktree()
            throws Exception {
        Path elsewhere = temp.resolve("elsewhere");
        git(project, "worktree", "add", "-q", elsewhere.toString(), "milestone/M001");
        Files.writeString(elsewhere.resolve("unsaved.txt"), "the user's work in progress\n");

        GsdJar.Outcome merged = gsd.run("parallel", "merge", "M001");

        assertEquals(0, merged.exitCode(), merged.err());
        assertTrue(merged.out().contains("**M001**"), merged.out());
        assertEquals("feat: Core storage", git(project, "log", "-1", "--format=%s").strip());
        assertEquals(1, merged.errLines().size(), merged.err());
        assertTrue(merged.err().contains("M001 was merged, but its worktree or branch was left in place"),
                merged.err());
        assertFalse(git(project, "branch", "--list", "milestone/M001").isEmpty());
        assertEquals("the user's work in progress\n", Files.readString(elsewhere.resolve("unsaved.txt")));
    }

    private void write(String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private void commitAll(String message) throws Exception {
        git(project, "add", "-A");
        git(project, "commit", "-q", "-m", message);
    }

    private static String git(Path directory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "git " + String.join(" ", args) + ": " + output);
        return output;
    }
}
