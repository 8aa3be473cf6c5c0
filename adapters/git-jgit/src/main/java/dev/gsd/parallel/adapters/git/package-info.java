/**
 * The git ports on JGit: milestone worktrees written as git's own admin files (JGit cannot create worktrees), and the
 * squash merge computed in memory, then applied to the project root the way {@code git merge} does. Only
 * {@link dev.gsd.parallel.adapters.git.JGitRepositories} is public. See {@code docs/adr/0005}.
 */
package dev.gsd.parallel.adapters.git;
