package dev.gsd.parallel.application.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.git.Worktree.Preparation;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link Worktrees} must do, whatever holds the repository. Implementations supply the port and a few
 * ways to change a repository behind its back, as a user or a worker would.
 */
public abstract class WorktreesContract {

    protected static final MilestoneId M001 = new MilestoneId("M001");
    protected static final String MAIN = "main";
    protected static final String BRANCH = "milestone/M001";

    @TempDir
    protected Path temp;

    protected Path root;
    private Worktrees worktrees;

    protected abstract Worktrees worktrees();

    /** A repository at {@code directory} with one commit on {@code main}, checked out, and a {@code .gsd/}. */
    protected abstract Path newProject(Path directory);

    /** A repository at {@code directory} without any commit. */
    protected abstract Path unbornProject(Path directory);

    /** Creates {@code branch} at the tip of {@code main} without checking it out. */
    protected abstract void branch(Path root, String branch);

    /** Adds one commit changing {@code file} on {@code branch}, which must not be checked out in a worktree. */
    protected abstract void commitOn(Path root, String branch, String file);

    /** Adds one commit changing {@code file} inside the worktree at {@code worktree}. */
    protected abstract void commitInWorktree(Path worktree, String file);

    /** Leaves an uncommitted (untracked) {@code file} in {@code worktree}. */
    protected abstract void leaveUncommitted(Path worktree, String file);

    /** The commit {@code branch} points at, or an empty string when there is no such branch. */
    protected abstract String tip(Path root, String branch);

    /** Puts the project root on a detached HEAD. */
    protected abstract void detachHead(Path root);

    /** Checks {@code branch} out in the project root. */
    protected abstract void checkOutAtRoot(Path root, String branch);

    @BeforeEach
    void aProject() {
        root = newProject(temp.resolve("project"));
        worktrees = worktrees();
    }

    @Test
    void creates_the_worktree_on_a_new_branch_at_the_integration_branch() {
        Worktree worktree = worktrees.create(root, M001, MAIN);

        assertEquals(Preparation.NEW_BRANCH, worktree.how());
        assertEquals(root.resolve(".gsd/worktrees/M001"), worktree.path());
        assertEquals(BRANCH, worktree.branch());
        assertEquals(tip(root, MAIN), tip(root, BRANCH));
        assertEquals(worktree.path(), worktrees.find(root, M001).orElseThrow().path());
        assertEquals(List.of(), worktrees.uncommittedChanges(root, M001));
    }

    @Test
    void creating_again_returns_the_existing_worktree_unchanged() {
        Worktree first = worktrees.create(root, M001, MAIN);
        commitInWorktree(first.path(), "work.txt");
        String tip = tip(root, BRANCH);

        Worktree second = worktrees.create(root, M001, MAIN);

        assertEquals(Preparation.EXISTING_WORKTREE, second.how());
        assertEquals(first.path(), second.path());
        assertEquals(tip, tip(root, BRANCH));
    }

    @Test
    void a_commit_in_the_worktree_moves_the_branch_seen_from_the_root() {
        Worktree worktree = worktrees.create(root, M001, MAIN);

        commitInWorktree(worktree.path(), "src/a.txt");

        assertNotEquals(tip(root, MAIN), tip(root, BRANCH));
    }

    @Test
    void an_existing_branch_with_its_own_commits_is_reused_and_never_reset() {
        branch(root, BRANCH);
        commitOn(root, BRANCH, "mine.txt");
        commitOn(root, MAIN, "theirs.txt");
        String own = tip(root, BRANCH);

        Worktree worktree = worktrees.create(root, M001, MAIN);

        assertEquals(Preparation.EXISTING_BRANCH, worktree.how());
        assertEquals(own, tip(root, BRANCH));
    }

    @Test
    void a_branch_strictly_behind_the_integration_branch_is_fast_forwarded() {
        branch(root, BRANCH);
        commitOn(root, MAIN, "later.txt");

        Worktree worktree = worktrees.create(root, M001, MAIN);

        assertEquals(Preparation.FAST_FORWARDED_BRANCH, worktree.how());
        assertEquals(tip(root, MAIN), tip(root, BRANCH));
    }

    @Test
    void a_branch_checked_out_elsewhere_is_refused() {
        branch(root, BRANCH);
        checkOutAtRoot(root, BRANCH);

        BadInput refused = assertThrows(BadInput.class, () -> worktrees.create(root, M001, MAIN));

        assertTrue(refused.getMessage().contains("already checked out"), refused.getMessage());
        assertTrue(worktrees.find(root, M001).isEmpty());
    }

    @Test
    void a_detached_head_is_refused() {
        detachHead(root);

        BadInput refused = assertThrows(BadInput.class, () -> worktrees.create(root, M001, MAIN));

        assertTrue(refused.getMessage().contains("detached HEAD"), refused.getMessage());
        assertEquals("", tip(root, BRANCH));
    }

    @Test
    void an_unborn_repository_is_refused() {
        Path unborn = unbornProject(temp.resolve("unborn"));

        BadInput refused = assertThrows(BadInput.class, () -> worktrees.create(unborn, M001, MAIN));

        assertTrue(refused.getMessage().contains("no commits yet"), refused.getMessage());
    }

    @Test
    void a_missing_integration_branch_is_refused() {
        BadInput refused = assertThrows(BadInput.class, () -> worktrees.create(root, M001, "develop"));

        assertTrue(refused.getMessage().contains("develop"), refused.getMessage());
        assertEquals("", tip(root, BRANCH));
    }

    @Test
    void removal_refuses_uncommitted_changes_unless_forced_and_keeps_the_branch() {
        Worktree worktree = worktrees.create(root, M001, MAIN);
        leaveUncommitted(worktree.path(), "notes.txt");

        assertEquals(List.of("notes.txt"), worktrees.uncommittedChanges(root, M001));
        BadInput refused = assertThrows(BadInput.class, () -> worktrees.remove(root, M001, false));
        assertTrue(refused.getMessage().contains("notes.txt"), refused.getMessage());
        assertTrue(worktrees.find(root, M001).isPresent());

        worktrees.remove(root, M001, true);

        assertTrue(worktrees.find(root, M001).isEmpty());
        assertEquals(tip(root, MAIN), tip(root, BRANCH));
    }

    @Test
    void a_removed_worktree_can_be_created_again_on_the_same_branch() {
        Worktree worktree = worktrees.create(root, M001, MAIN);
        commitInWorktree(worktree.path(), "work.txt");
        String tip = tip(root, BRANCH);
        worktrees.remove(root, M001, false);

        Worktree again = worktrees.create(root, M001, MAIN);

        assertEquals(Preparation.EXISTING_BRANCH, again.how());
        assertEquals(tip, tip(root, BRANCH));
    }

    @Test
    void a_branch_with_work_not_on_the_integration_branch_is_never_deleted() {
        Worktree worktree = worktrees.create(root, M001, MAIN);
        commitInWorktree(worktree.path(), "work.txt");
        worktrees.remove(root, M001, false);

        BadInput refused = assertThrows(BadInput.class, () -> worktrees.deleteBranch(root, M001, MAIN));

        assertTrue(refused.getMessage().contains("not on main"), refused.getMessage());
        assertFalse(tip(root, BRANCH).isEmpty());
    }

    @Test
    void a_branch_is_not_deleted_while_a_worktree_holds_it() {
        worktrees.create(root, M001, MAIN);

        assertThrows(BadInput.class, () -> worktrees.deleteBranch(root, M001, MAIN));
        assertFalse(tip(root, BRANCH).isEmpty());
    }

    @Test
    void a_branch_level_with_the_integration_branch_is_deleted() {
        worktrees.create(root, M001, MAIN);
        worktrees.remove(root, M001, false);

        worktrees.deleteBranch(root, M001, MAIN);

        assertEquals("", tip(root, BRANCH));
        worktrees.deleteBranch(root, M001, MAIN); // nothing left to delete: no error
    }
}
