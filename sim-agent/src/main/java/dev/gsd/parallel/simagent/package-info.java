/**
 * The simulated agent behind {@code gsd sim-agent} (DESIGN.md §6, ADR 0007): a separate program shipped in the same
 * jar. Like a real agent it runs the {@code git} command line and may kill itself, so it is the one place besides the
 * process adapter allowed to start processes. {@link dev.gsd.parallel.simagent.SimAgents} is the way in.
 */
package dev.gsd.parallel.simagent;
