/**
 * Agents as the orchestrator sees them from the inside: the simulated agent that {@code gsd sim-agent} runs in a
 * milestone worktree. It is a separate program shipped in the same jar (ADR 0007), not part of the coordinator.
 */
package dev.gsd.parallel.application.agent;
