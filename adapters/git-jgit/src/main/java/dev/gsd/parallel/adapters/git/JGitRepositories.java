package dev.gsd.parallel.adapters.git;

import dev.gsd.parallel.application.git.MilestoneBranches;
import dev.gsd.parallel.application.git.Worktrees;

/** The one public entry of the git adapter: the ports it implements. */
public final class JGitRepositories {

    private JGitRepositories() {
    }

    public static Worktrees worktrees() {
        return new JGitWorktrees();
    }

    public static MilestoneBranches milestoneBranches() {
        return new JGitMilestoneBranches();
    }
}
