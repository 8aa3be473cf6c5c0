package dev.gsd.parallel.adapters.git;

import static dev.gsd.parallel.adapters.git.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gsd.parallel.application.git.Worktree;
import dev.gsd.parallel.application.git.Worktrees;
import dev.gsd.parallel.application.git.WorktreesContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract on real repositories, plus proof that the {@code git} command line agrees with what was written;
 * worktrees created by {@code git worktree add} here, by the JGit recipe in {@link JGitWorktreesFallbackTest}.
 */
class JGitWorktreesTest extends WorktreesContract {

    /** How this run creates worktrees. */
    protected JGitWorktrees.Creation creation() {
        return JGitWorktrees.Creation.GIT_CLI;
    }

    @BeforeAll
    static void gitIsInstalled() {
        assumeTrue(GitCli.available(), "the git command line is needed to build and check repositories");
    }

    @Override
    protected Worktrees worktrees() {
        return new JGitWorktrees(creation());
    }

    @Override
    protected Path newProject(Path directory) {
        return GitCli.project(directory);
    }

    @Override
    protected Path unbornProject(Path directory) {
        try {
            Files.createDirectories(directory.resolve(".gsd"));
            git(directory, "init", "-q", "-b", "main");
            return directory.toRealPath();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    protected void branch(Path root, String branch) {
        git(root, "branch", branch, "main");
    }

    @Override
    protected void commitOn(Path root, String branch, String file) {
        String current = git(root, "symbolic-ref", "--short", "HEAD").strip();
        git(root, "checkout", "-q", branch);
        GitCli.commit(root, file, branch + " " + file + "\n", "change " + file + " on " + branch);
        git(root, "checkout", "-q", current);
    }

    @Override
    protected void commitInWorktree(Path worktree, String file) {
        GitCli.commit(worktree, file, "work in " + worktree.getFileName() + "\n", "work on " + file);
    }

    @Override
    protected void leaveUncommitted(Path worktree, String file) {
        GitCli.write(worktree, file, "not committed\n");
    }

    @Override
    protected String tip(Path root, String branch) {
        return GitCli.tip(root, branch);
    }

    @Override
    protected void detachHead(Path root) {
        git(root, "checkout", "-q", "--detach");
    }

    @Override
    protected void checkOutAtRoot(Path root, String branch) {
        git(root, "checkout", "-q", branch);
    }

    @Test
    void git_lists_the_worktree_sees_it_clean_and_can_remove_it() throws IOException {
        Worktree worktree = worktrees().create(root, M001, MAIN);

        String list = git(root, "worktree", "list", "--porcelain");
        assertTrue(list.contains("worktree " + worktree.path() + "\nHEAD " + tip(root, MAIN)
                + "\nbranch refs/heads/milestone/M001\n"), list);
        assertEquals("", git(worktree.path(), "status", "--porcelain"));
        assertEquals("", git(root, "status", "--porcelain"), "the worktree is not untracked in the root");
        assertEquals("ref: refs/heads/milestone/M001\n",
                Files.readString(root.resolve(".git/worktrees/M001/HEAD"), StandardCharsets.UTF_8));
        assertEquals("../..\n", Files.readString(root.resolve(".git/worktrees/M001/commondir")));
        assertEquals(worktree.path().resolve(".git") + "\n", Files.readString(root.resolve(".git/worktrees/M001/gitdir")));
        assertEquals("gitdir: " + root.resolve(".git/worktrees/M001") + "\n",
                Files.readString(worktree.path().resolve(".git")));
        assertFalse(Files.exists(root.resolve(".git/worktrees/M001/locked")));
        assertEquals(git(root, "ls-tree", "-r", "main"), git(worktree.path(), "ls-tree", "-r", "HEAD"));
        assertEquals(git(root, "ls-files", "-s"), git(worktree.path(), "ls-files", "-s"));

        GitCli.commit(worktree.path(), "src/new.txt", "new\n", "work");
        assertEquals(git(worktree.path(), "rev-parse", "HEAD").strip(), tip(root, "milestone/M001"));
        git(root, "fsck", "--no-progress");

        git(root, "worktree", "remove", worktree.path().toString());
        assertFalse(Files.exists(worktree.path()));
        assertTrue(worktrees().find(root, M001).isEmpty());
    }

    @Test
    void git_prunes_a_worktree_whose_directory_was_deleted_and_we_can_create_it_again() {
        Worktree worktree = worktrees().create(root, M001, MAIN);
        JGitWorktrees.deleteTree(worktree.path());

        assertTrue(git(root, "worktree", "list", "--porcelain").contains("prunable"));
        git(root, "worktree", "prune");
        assertFalse(Files.exists(root.resolve(".git/worktrees/M001")));

        assertEquals(Worktree.Preparation.EXISTING_BRANCH, worktrees().create(root, M001, MAIN).how());
        assertEquals("", git(worktree.path(), "status", "--porcelain"));
    }

    @Test
    void git_refuses_to_check_out_the_branch_we_hold_and_removal_of_our_record_works() {
        worktrees().create(root, M001, MAIN);

        assertTrue(GitCli.run(root, "checkout", "milestone/M001").exitCode() != 0);

        worktrees().remove(root, M001, false);
        assertFalse(Files.exists(root.resolve(".git/worktrees/M001")));
        assertFalse(git(root, "worktree", "list", "--porcelain").contains("M001"));
        git(root, "checkout", "-q", "milestone/M001");
    }

    @Test
    void runtime_files_are_excluded_once_through_info_exclude_and_never_the_gitignore() throws IOException {
        Worktree worktree = worktrees().create(root, M001, MAIN);
        worktrees().remove(root, M001, false);
        worktrees().create(root, M001, MAIN);
        GitCli.write(worktree.path(), ".gsd/auto.lock", "{}");
        GitCli.write(worktree.path(), ".gsd/metrics.json", "{}");
        GitCli.write(root, ".gsd/parallel/M001.status.json", "{}");

        String exclude = Files.readString(root.resolve(".git/info/exclude"));
        assertEquals(1, exclude.split("/.gsd/worktrees/", -1).length - 1, exclude);
        assertFalse(Files.exists(root.resolve(".gitignore")));
        assertEquals("", git(worktree.path(), "status", "--porcelain"));
        assertEquals("", git(root, "status", "--porcelain"));
        assertTrue(worktrees().uncommittedChanges(root, M001).isEmpty());
    }

    @Test
    void in_a_worktree_made_without_us_the_runtime_files_are_still_not_uncommitted_work() throws IOException {
        git(root, "worktree", "add", "-q", "-b", BRANCH, ".gsd/worktrees/M001", MAIN);
        Path worktree = Worktree.pathOf(root, M001);
        GitCli.write(worktree, ".gsd/auto.lock", "{}");
        GitCli.write(worktree, ".gsd/metrics.json", "{}");
        GitCli.write(worktree, "notes.txt", "mine");

        assertEquals(java.util.List.of("notes.txt"), worktrees().uncommittedChanges(root, M001));
    }

    @Test
    void after_the_project_moved_removal_still_sees_uncommitted_work_and_refuses() throws IOException {
        Worktree worktree = worktrees().create(root, M001, MAIN);
        leaveUncommitted(worktree.path(), "src/unsaved.txt");
        Path moved = Files.move(root, root.resolveSibling(root.getFileName() + "-moved")).toRealPath();
        Path unsaved = Worktree.pathOf(moved, M001).resolve("src/unsaved.txt");

        assertTrue(worktrees().uncommittedChanges(moved, M001).contains("src/unsaved.txt"));
        org.junit.jupiter.api.Assertions.assertThrows(dev.gsd.parallel.application.BadInput.class,
                () -> worktrees().remove(moved, M001, false));
        assertEquals("not committed\n", Files.readString(unsaved));
    }

    @Test
    void a_worktree_recorded_with_a_relative_gitdir_is_found_and_its_uncommitted_work_kept() throws IOException {
        Worktree worktree = worktrees().create(root, M001, MAIN);
        Files.writeString(root.resolve(".git/worktrees/M001/gitdir"), "../../../.gsd/worktrees/M001/.git\n");
        leaveUncommitted(worktree.path(), "src/unsaved.txt");

        assertTrue(worktrees().find(root, M001).isPresent());
        org.junit.jupiter.api.Assertions.assertThrows(dev.gsd.parallel.application.BadInput.class,
                () -> worktrees().remove(root, M001, false));
        assertEquals("not committed\n", Files.readString(worktree.path().resolve("src/unsaved.txt")));
    }

    @Test
    void a_worktree_directory_that_cannot_be_checked_is_kept_unless_forced() {
        Worktree worktree = worktrees().create(root, M001, MAIN);
        JGitWorktrees.deleteTree(root.resolve(".git/worktrees/M001"));
        GitCli.write(worktree.path(), ".git", "gitdir: /nowhere/at/all\n");
        leaveUncommitted(worktree.path(), "src/unsaved.txt");

        org.junit.jupiter.api.Assertions.assertThrows(dev.gsd.parallel.application.BadInput.class,
                () -> worktrees().remove(root, M001, false));
        assertTrue(Files.exists(worktree.path().resolve("src/unsaved.txt")));

        worktrees().remove(root, M001, true);
        assertFalse(Files.exists(worktree.path()));
    }

    @Test
    void the_default_uses_git_when_it_is_on_the_path() {
        assertEquals(JGitWorktrees.Creation.GIT_CLI, JGitWorktrees.bestCreation());
    }

    @Test
    void a_directory_in_the_way_is_refused_and_left_alone() {
        GitCli.write(root, ".gsd/worktrees/M001/precious.txt", "mine\n");

        org.junit.jupiter.api.Assertions.assertThrows(dev.gsd.parallel.application.BadInput.class,
                () -> worktrees().create(root, M001, MAIN));
        assertTrue(Files.exists(root.resolve(".gsd/worktrees/M001/precious.txt")));
        assertEquals("", tip(root, "milestone/M001"));
    }
}
