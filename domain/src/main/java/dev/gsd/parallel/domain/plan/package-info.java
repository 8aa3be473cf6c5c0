/**
 * A GSD project's plan as the orchestrator sees it: milestones with their dependencies, slices and tasks, each
 * milestone's status by GSD's markdown rules, and the eligibility of each for parallel execution. Pure values and
 * rules; reading the {@code .gsd/} files is an adapter's job.
 */
package dev.gsd.parallel.domain.plan;
