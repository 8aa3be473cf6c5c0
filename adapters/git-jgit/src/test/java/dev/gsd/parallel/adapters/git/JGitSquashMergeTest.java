package dev.gsd.parallel.adapters.git;

import static dev.gsd.parallel.adapters.git.GitCli.commit;
import static dev.gsd.parallel.adapters.git.GitCli.git;
import static dev.gsd.parallel.adapters.git.GitCli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.git.MilestoneBranches;
import dev.gsd.parallel.application.git.SquashMerge;
import dev.gsd.parallel.application.git.Worktree;
import dev.gsd.parallel.application.git.Worktrees;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The squash merge on real repositories, checked with the git command line. */
class JGitSquashMergeTest {

    private static final MilestoneId M001 = new MilestoneId("M001");
    private static final String MESSAGE = "feat: Core\n\nGSD-Milestone: M001\nBranch: milestone/M001\n";

    @TempDir
    Path temp;

    private Path root;
    private final Worktrees worktrees = JGitRepositories.worktrees();
    private final MilestoneBranches branches = JGitRepositories.milestoneBranches();

    @BeforeAll
    static void gitIsInstalled() {
        assumeTrue(GitCli.available(), "the git command line is needed to build and check repositories");
    }

    @BeforeEach
    void aProjectWithAMilestoneWorktree() {
        root = GitCli.project(temp.resolve("project"));
    }

    private Path milestone(String file, String text) {
        Worktree worktree = worktrees.create(root, M001, "main");
        commit(worktree.path(), file, text, "task");
        return worktree.path();
    }

    @Test
    void a_clean_merge_adds_one_squash_commit_and_updates_the_checkout() throws IOException {
        Path worktree = milestone("src/feature.txt", "feature\n");
        commit(worktree, ".gsd/milestones/M001/M001-SUMMARY.md", "# done\n", "summary");
        commit(root, "docs/unrelated.txt", "meanwhile\n", "unrelated work on main");
        String before = GitCli.tip(root, "main");

        SquashMerge merged = branches.squashMerge(root, M001, "main", MESSAGE);

        SquashMerge.Committed committed = assertInstanceOf(SquashMerge.Committed.class, merged);
        assertTrue(committed.codeChanged());
        assertEquals(committed.commit(), GitCli.tip(root, "main"));
        assertEquals(before, git(root, "rev-parse", "main^").strip(), "a squash: one parent");
        assertEquals(MESSAGE, git(root, "log", "-1", "--format=%B", "main").strip() + "\n");
        assertEquals("M001", git(root, "log", "-1", "--format=%(trailers:key=GSD-Milestone,valueonly)").strip());
        assertEquals("feature\n", Files.readString(root.resolve("src/feature.txt")));
        assertEquals("", git(root, "status", "--porcelain"));
        assertEquals(List.of(".gsd/milestones/M001/M001-SUMMARY.md", "src/feature.txt"), committed.changedPaths());
        git(root, "fsck", "--no-progress");
    }

    @Test
    void conflicts_only_under_gsd_take_the_milestones_side() throws IOException {
        Path worktree = milestone(".gsd/STATE.md", "state from the milestone\n");
        commit(worktree, "src/feature.txt", "feature\n", "code");
        commit(root, ".gsd/STATE.md", "state from main\n", "main state");

        SquashMerge merged = branches.squashMerge(root, M001, "main", MESSAGE);

        assertInstanceOf(SquashMerge.Committed.class, merged);
        assertEquals("state from the milestone\n", Files.readString(root.resolve(".gsd/STATE.md")));
        assertEquals("state from the milestone\n", git(root, "show", "main:.gsd/STATE.md"));
        assertEquals("", git(root, "status", "--porcelain"));
    }

    @Test
    void a_code_conflict_halts_and_leaves_the_root_byte_identical() {
        Path worktree = milestone("src/app.txt", "line 1\nline 2 from the milestone\nline 3\n");
        commit(worktree, ".gsd/STATE.md", "state from the milestone\n", "state");
        commit(root, "src/app.txt", "line 1\nline 2 from main\nline 3\n", "main edit");
        commit(root, ".gsd/STATE.md", "state from main\n", "main state");
        write(root, "README.md", "# my uncommitted edit\n");
        write(root, "scratch.txt", "untracked\n");
        RootSnapshot before = RootSnapshot.of(root);
        String branchTip = GitCli.tip(root, "milestone/M001");

        SquashMerge merged = branches.squashMerge(root, M001, "main", MESSAGE);

        assertEquals(new SquashMerge.Conflict(List.of("src/app.txt")), merged);
        assertEquals(before, RootSnapshot.of(root));
        assertEquals(branchTip, GitCli.tip(root, "milestone/M001"));
        git(root, "fsck", "--no-progress");
    }

    @Test
    void the_users_uncommitted_staged_and_untracked_files_survive_and_are_never_committed() throws IOException {
        milestone("src/feature.txt", "feature\n");
        write(root, "README.md", "# my unstaged edit\n");
        write(root, "notes.txt", "my untracked notes\n");
        write(root, "src/app.txt", "line 1\nmy staged line\nline 3\n");
        git(root, "add", "src/app.txt");

        SquashMerge merged = branches.squashMerge(root, M001, "main", MESSAGE);

        assertInstanceOf(SquashMerge.Committed.class, merged);
        assertEquals("src/feature.txt\n", git(root, "show", "--format=", "--name-only", "HEAD"));
        assertEquals("# my unstaged edit\n", Files.readString(root.resolve("README.md")));
        assertEquals("my untracked notes\n", Files.readString(root.resolve("notes.txt")));
        assertEquals("M  src/app.txt\n M README.md\n?? notes.txt\n",
                sorted(git(root, "status", "--porcelain")));
        assertEquals("line 1\nmy staged line\nline 3\n", git(root, "show", ":src/app.txt"));
    }

    @Test
    void a_merge_that_would_overwrite_an_untracked_file_is_refused_naming_it() {
        milestone("src/feature.txt", "feature\n");
        write(root, "src/feature.txt", "the user's own file\n");
        RootSnapshot before = RootSnapshot.of(root);

        BadInput refused = assertThrows(BadInput.class, () -> branches.squashMerge(root, M001, "main", MESSAGE));

        assertTrue(refused.getMessage().contains("src/feature.txt"), refused.getMessage());
        assertEquals(before, RootSnapshot.of(root));
    }

    @Test
    void a_merge_that_would_overwrite_a_modified_tracked_file_is_refused_naming_it() {
        milestone("src/app.txt", "line 1\nline 2\nline 3\nline 4 from the milestone\n");
        write(root, "src/app.txt", "my uncommitted edit\n");
        RootSnapshot before = RootSnapshot.of(root);

        BadInput refused = assertThrows(BadInput.class, () -> branches.squashMerge(root, M001, "main", MESSAGE));

        assertTrue(refused.getMessage().contains("src/app.txt"), refused.getMessage());
        assertEquals(before, RootSnapshot.of(root));
    }

    @Test
    void a_merge_in_a_large_tree_touches_only_the_changed_paths_and_an_unrelated_dirty_file_survives()
            throws IOException {
        for (int d = 0; d < 20; d++) {
            for (int f = 0; f < 25; f++) {
                write(root, "lib/d" + d + "/f" + f + ".txt", "file " + d + "/" + f + "\n".repeat(1 + f));
            }
        }
        write(root, "old/only.txt", "goes away with its directory\n");
        git(root, "add", "-A");
        git(root, "commit", "-q", "-m", "a large tree");
        Path worktree = worktrees.create(root, M001, "main").path();
        for (int d = 0; d < 10; d++) {
            write(worktree, "lib/d" + d + "/f1.txt", "changed by the milestone " + d + "\n");
        }
        Files.delete(worktree.resolve("lib/d11/f2.txt"));
        Files.delete(worktree.resolve("old/only.txt"));
        write(worktree, "lib/new/added.txt", "added\n");
        git(worktree, "add", "-A");
        git(worktree, "commit", "-q", "-m", "milestone work");
        commit(root, "lib/d19/f24.txt", "main moved on\n", "unrelated work on main");
        write(root, "lib/d15/f3.txt", "my unrelated uncommitted edit\n");
        write(root, "lib/d16/f4.txt", "my staged edit\n");
        git(root, "add", "lib/d16/f4.txt");
        write(root, "lib/d17/untracked.txt", "mine\n");
        Path untouched = root.resolve("lib/d12/f5.txt");
        var untouchedTime = Files.getLastModifiedTime(untouched);

        SquashMerge merged = branches.squashMerge(root, M001, "main", MESSAGE);

        assertEquals(13, assertInstanceOf(SquashMerge.Committed.class, merged).changedPaths().size());
        assertEquals("my unrelated uncommitted edit\n", Files.readString(root.resolve("lib/d15/f3.txt")));
        assertEquals("my staged edit\n", git(root, "show", ":lib/d16/f4.txt"));
        assertEquals("mine\n", Files.readString(root.resolve("lib/d17/untracked.txt")));
        assertEquals("changed by the milestone 3\n", Files.readString(root.resolve("lib/d3/f1.txt")));
        assertEquals("added\n", Files.readString(root.resolve("lib/new/added.txt")));
        assertEquals("main moved on\n", Files.readString(root.resolve("lib/d19/f24.txt")));
        assertFalse(Files.exists(root.resolve("lib/d11/f2.txt")));
        assertFalse(Files.exists(root.resolve("old")), "an emptied directory is removed, as git does");
        assertEquals(untouchedTime, Files.getLastModifiedTime(untouched), "an unchanged file is not rewritten");
        assertEquals("M  lib/d16/f4.txt\n M lib/d15/f3.txt\n?? lib/d17/untracked.txt\n",
                sorted(git(root, "status", "--porcelain")));
        assertEquals("", git(root, "diff", "--name-only", "HEAD", "--", "lib/d3", "lib/new", "lib/d11"),
                "the merged paths' index entries and files match the new HEAD");
        assertEquals("", git(root, "diff-files", "--name-only", "--", "lib/d3", "lib/new"),
                "the written entries carry the files' stat data: git sees them clean without re-reading them");
        git(root, "fsck", "--no-progress");
    }

    @Test
    void executable_bits_and_replaced_files_are_written_as_git_would() throws IOException {
        Path worktree = worktrees.create(root, M001, "main").path();
        write(worktree, "bin/run.sh", "#!/bin/sh\necho run\n");
        Files.setPosixFilePermissions(worktree.resolve("bin/run.sh"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.delete(worktree.resolve("src/app.txt"));
        write(worktree, "src/app.txt/inside.txt", "a file where a file was\n");
        git(worktree, "add", "-A");
        git(worktree, "commit", "-q", "-m", "script and a directory replacing a file");

        assertInstanceOf(SquashMerge.Committed.class, branches.squashMerge(root, M001, "main", MESSAGE));

        assertTrue(git(root, "ls-files", "-s", "bin/run.sh").startsWith("100755 "));
        assertTrue(Files.getPosixFilePermissions(root.resolve("bin/run.sh"))
                .contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
        assertEquals("a file where a file was\n", Files.readString(root.resolve("src/app.txt/inside.txt")));
        assertEquals("", git(root, "status", "--porcelain"));
        assertEquals("", git(root, "diff-files", "--name-only"));
    }

    @Test
    void an_untracked_symbolic_link_where_the_merge_needs_a_directory_is_refused_and_never_written_through()
            throws IOException {
        milestone("data/README.md", "the milestone's readme\n");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("README.md"), "outside the project\n");
        Files.createSymbolicLink(root.resolve("data"), elsewhere);
        RootSnapshot before = RootSnapshot.of(root);

        BadInput refused = assertThrows(BadInput.class, () -> branches.squashMerge(root, M001, "main", MESSAGE));

        assertTrue(refused.getMessage().contains("data"), refused.getMessage());
        assertEquals("outside the project\n", Files.readString(elsewhere.resolve("README.md")));
        assertEquals(before, RootSnapshot.of(root));
        assertTrue(Files.isSymbolicLink(root.resolve("data")));
    }

    @Test
    void an_untracked_file_or_directory_in_the_way_of_the_merges_paths_is_refused_before_anything_is_written()
            throws IOException {
        Path worktree = milestone("cfg/settings.txt", "settings\n");
        commit(worktree, "a-first.txt", "written first if nothing were checked\n", "first");
        commit(worktree, "out/report.txt", "report\n", "report");
        write(root, "cfg", "the user's untracked file named cfg\n");
        Files.createDirectories(root.resolve("out/report.txt"));
        RootSnapshot before = RootSnapshot.of(root);

        BadInput refused = assertThrows(BadInput.class, () -> branches.squashMerge(root, M001, "main", MESSAGE));

        assertTrue(refused.getMessage().contains("cfg, out/report.txt"), refused.getMessage());
        assertEquals(before, RootSnapshot.of(root));
        assertFalse(Files.exists(root.resolve("a-first.txt")));
        assertTrue(Files.isDirectory(root.resolve("out/report.txt")));
    }

    @Test
    void a_write_that_fails_part_way_puts_back_every_path_already_touched() throws IOException {
        Path worktree = milestone("src/app.txt", "line 1\nline 2\nline 3\nline 4 from the milestone\n");
        commit(worktree, "a.txt", "added before the failure\n", "added");
        commit(worktree, "new/dir/b.txt", "added in a new directory\n", "added deep");
        Files.delete(worktree.resolve("README.md"));
        commit(worktree, "src/z.txt", "the write that fails\n", "deleted and added");
        write(root, "notes.txt", "my untracked notes\n");
        write(root, ".gsd/STATE.md", "my uncommitted state\n");
        RootSnapshot before = RootSnapshot.of(root);
        SquashMerger.beforeWrite = path -> {
            if (path.equals("src/z.txt")) {
                throw new IOException("No space left on device");
            }
        };
        try {
            assertThrows(RuntimeException.class, () -> branches.squashMerge(root, M001, "main", MESSAGE));
        } finally {
            SquashMerger.beforeWrite = path -> { };
        }

        assertEquals(before, RootSnapshot.of(root));
        assertFalse(Files.exists(root.resolve("new")), "a directory the merge created is removed again");
        assertEquals("# project\n", Files.readString(root.resolve("README.md")));
        assertEquals("my uncommitted state\n", Files.readString(root.resolve(".gsd/STATE.md")));
        assertEquals(" M .gsd/STATE.md\n?? notes.txt\n", sorted(git(root, "status", "--porcelain")));
    }

    @Test
    void a_locally_edited_assume_unchanged_file_the_merge_changes_is_refused_not_overwritten() {
        milestone("src/app.txt", "line 1\nline 2\nline 3\nline 4 from the milestone\n");
        git(root, "update-index", "--assume-unchanged", "src/app.txt");
        write(root, "src/app.txt", "line 1\nline 2\nline 3\nmy local edit, same length here\n");
        RootSnapshot before = RootSnapshot.of(root);

        BadInput refused = assertThrows(BadInput.class, () -> branches.squashMerge(root, M001, "main", MESSAGE));

        assertTrue(refused.getMessage().contains("src/app.txt"), refused.getMessage());
        assertEquals(before, RootSnapshot.of(root));
    }

    @Test
    void an_unedited_assume_unchanged_file_is_merged() throws IOException {
        milestone("src/app.txt", "line 1\nline 2\nline 3\nline 4 from the milestone\n");
        git(root, "update-index", "--assume-unchanged", "src/app.txt");

        assertInstanceOf(SquashMerge.Committed.class, branches.squashMerge(root, M001, "main", MESSAGE));

        assertEquals("line 1\nline 2\nline 3\nline 4 from the milestone\n",
                Files.readString(root.resolve("src/app.txt")));
    }

    @Test
    void a_refusal_names_every_file_in_the_way_and_changes_nothing() throws IOException {
        Path worktree = milestone("src/app.txt", "line 1\nline 2\nline 3\nline 4 from the milestone\n");
        commit(worktree, "README.md", "# milestone readme\n", "readme");
        commit(worktree, "src/added.txt", "added\n", "added");
        Files.delete(root.resolve("README.md"));
        write(root, "src/app.txt", "line 1\nline 2\nline 3\n");
        git(root, "add", "src/app.txt");
        write(root, "src/app.txt", "my edit\n");
        write(root, "src/added.txt", "the user's own file\n");
        RootSnapshot before = RootSnapshot.of(root);

        BadInput refused = assertThrows(BadInput.class, () -> branches.squashMerge(root, M001, "main", MESSAGE));

        assertTrue(refused.getMessage().contains("README.md, src/added.txt, src/app.txt"), refused.getMessage());
        assertEquals(before, RootSnapshot.of(root));
    }

    @Test
    void merging_twice_adds_nothing_and_finds_the_earlier_merge() {
        milestone("src/feature.txt", "feature\n");
        SquashMerge.Committed first = (SquashMerge.Committed) branches.squashMerge(root, M001, "main", MESSAGE);

        SquashMerge second = branches.squashMerge(root, M001, "main", MESSAGE);

        assertEquals(new SquashMerge.NothingToMerge(Optional.of(first.commit())), second);
        assertEquals(first.commit(), GitCli.tip(root, "main"));
        assertEquals(Optional.of(first.commit()), branches.earlierMerge(root, M001, "main"));
        worktrees.remove(root, M001, false);
        worktrees.deleteBranch(root, M001, "main");
        assertEquals("", GitCli.tip(root, "milestone/M001"));
    }

    @Test
    void a_milestone_that_changed_only_gsd_files_is_reported_as_such() {
        milestone(".gsd/milestones/M001/M001-SUMMARY.md", "# done\n");

        SquashMerge merged = branches.squashMerge(root, M001, "main", MESSAGE);

        assertFalse(assertInstanceOf(SquashMerge.Committed.class, merged).codeChanged());
    }

    @Test
    void an_integration_branch_not_checked_out_moves_without_touching_the_checkout() {
        git(root, "branch", "release", "main");
        milestone("src/feature.txt", "feature\n");
        RootSnapshot before = RootSnapshot.of(root);

        SquashMerge merged = branches.squashMerge(root, M001, "release", MESSAGE);

        assertEquals(assertInstanceOf(SquashMerge.Committed.class, merged).commit(), GitCli.tip(root, "release"));
        assertEquals(before, RootSnapshot.of(root));
    }

    @Test
    void the_planning_files_of_the_branch_are_exported_as_a_project() throws IOException {
        Path worktree = milestone(".gsd/milestones/M001/M001-ROADMAP.md", "# M001: Core\n");
        commit(worktree, "src/code.txt", "x\n", "code");

        branches.exportPlanning(root, M001, temp.resolve("export"));

        assertEquals("# M001: Core\n", Files.readString(temp.resolve("export/.gsd/milestones/M001/M001-ROADMAP.md")));
        assertFalse(Files.exists(temp.resolve("export/src")));
        assertEquals(List.of(M001), branches.milestoneBranches(root));
    }

    @Test
    void the_default_integration_branch_follows_origin_head_then_main_then_master() {
        assertEquals("main", branches.defaultIntegrationBranch(root));
        git(root, "branch", "trunk", "main");
        git(root, "update-ref", "refs/remotes/origin/trunk", "main");
        git(root, "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk");
        assertEquals("trunk", branches.defaultIntegrationBranch(root));
    }

    @Test
    void detached_and_unborn_roots_are_refused() throws IOException {
        git(root, "checkout", "-q", "--detach");
        assertTrue(assertThrows(BadInput.class, () -> branches.currentBranch(root)).getMessage()
                .contains("detached HEAD"));
        Path unborn = Files.createDirectories(temp.resolve("unborn"));
        git(unborn, "init", "-q", "-b", "main");
        assertTrue(assertThrows(BadInput.class, () -> branches.currentBranch(unborn.toRealPath())).getMessage()
                .contains("no commits yet"));
    }

    private static String sorted(String lines) {
        return String.join("\n", lines.lines().sorted((a, b) -> a.charAt(0) == 'M' ? -1 : b.charAt(0) == 'M' ? 1
                : a.compareTo(b)).toList()) + "\n";
    }
}
