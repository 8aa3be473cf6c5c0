package dev.gsd.parallel.adapters.fixturetwo;

/** The adapter (test fixture) that another one depends on. */
public final class AdapterTwo {
}
