/**
 * The ports to git: milestone worktrees ({@link dev.gsd.parallel.application.git.Worktrees}) and milestone branches
 * with their squash merge ({@link dev.gsd.parallel.application.git.MilestoneBranches}), and how the integration
 * branch is chosen ({@link dev.gsd.parallel.application.git.IntegrationBranch}). Technology exceptions never cross
 * these ports: a refusal is {@link dev.gsd.parallel.application.BadInput}, a conflict is a result.
 */
package dev.gsd.parallel.application.git;
