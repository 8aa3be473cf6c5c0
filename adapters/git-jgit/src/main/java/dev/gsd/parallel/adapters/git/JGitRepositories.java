package dev.gsd.parallel.adapters.git;

import dev.gsd.parallel.application.git.MilestoneBranches;
import dev.gsd.parallel.application.git.Worktrees;

/** The one public entry of the git adapter: the ports it implements. */
public final class JGitRepositories {

    private JGitRepositories() {
    }

    /** Worktrees created by {@code git worktree add} when a git binary is on the PATH, else by JGit alone. */
    public static Worktrees worktrees() {
        return new JGitWorktrees(JGitWorktrees.bestCreation());
    }

    public static MilestoneBranches milestoneBranches() {
        return new JGitMilestoneBranches();
    }
}
