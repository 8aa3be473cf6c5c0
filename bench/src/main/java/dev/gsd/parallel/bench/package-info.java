/**
 * Benchmarks run by hand ({@code bench/run}), printing markdown tables for {@code docs/benchmarks.md}. Each figure
 * comes with a same-run reference (the bare technology underneath) so that ratios, not absolute numbers, carry
 * from machine to machine.
 */
package dev.gsd.parallel.bench;
