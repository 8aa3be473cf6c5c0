/**
 * Questions about a project's plan that write nothing: the queue with each milestone's status, and which
 * milestones may run in parallel now (the eligibility report that {@code parallel start} prints first).
 */
package dev.gsd.parallel.application.planning;
