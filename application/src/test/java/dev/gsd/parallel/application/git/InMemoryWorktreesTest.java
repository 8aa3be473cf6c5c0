package dev.gsd.parallel.application.git;

import java.nio.file.Path;

class InMemoryWorktreesTest extends WorktreesContract {

    private final InMemoryWorktrees git = new InMemoryWorktrees();

    @Override
    protected Worktrees worktrees() {
        return git;
    }

    @Override
    protected Path newProject(Path directory) {
        return git.newProject(directory, true);
    }

    @Override
    protected Path unbornProject(Path directory) {
        return git.newProject(directory, false);
    }

    @Override
    protected void branch(Path root, String branch) {
        git.branch(root, branch);
    }

    @Override
    protected void commitOn(Path root, String branch, String file) {
        git.commitOn(root, branch);
    }

    @Override
    protected void commitInWorktree(Path worktree, String file) {
        git.commitInWorktree(worktree);
    }

    @Override
    protected void leaveUncommitted(Path worktree, String file) {
        git.leaveUncommitted(worktree, file);
    }

    @Override
    protected String tip(Path root, String branch) {
        return git.tip(root, branch);
    }

    @Override
    protected void detachHead(Path root) {
        git.detachHead(root);
    }

    @Override
    protected void checkOutAtRoot(Path root, String branch) {
        git.checkOut(root, branch);
    }
}
