/**
 * The domain kernel: the {@link dev.gsd.parallel.domain.Decider} abstraction every aggregate implements and the
 * marker of what may be stored as an event. Pure Java: no clock, no randomness, no I/O; time and ids travel in
 * commands.
 */
package dev.gsd.parallel.domain;
