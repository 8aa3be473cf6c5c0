/**
 * {@code gsd worker}: hosting one milestone's agent. The host runs the agent in the milestone's worktree, beats the
 * heartbeat, turns the agent's output into cost and progress, and acts on the coordinator's signals.
 */
package dev.gsd.parallel.application.worker;
