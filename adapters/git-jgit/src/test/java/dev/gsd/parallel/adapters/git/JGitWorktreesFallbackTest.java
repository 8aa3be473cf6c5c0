package dev.gsd.parallel.adapters.git;

/** Every worktree test of {@link JGitWorktreesTest} with the JGit recipe, used when no git binary is present. */
class JGitWorktreesFallbackTest extends JGitWorktreesTest {

    @Override
    protected JGitWorktrees.Creation creation() {
        return JGitWorktrees.Creation.JGIT;
    }
}
