package dev.gsd.parallel.domain.plan;

/**
 * What a milestone's {@code <MID>-SUMMARY.md} says, by GSD's classifier: a summary whose front matter
 * {@code status} is a failure word, or whose body reports a blocker or failed verification, is not terminal; any
 * other summary is (GSD's legacy derivation treats "unknown" as complete).
 */
public enum Summary {
    /** No summary file. */
    ABSENT,
    /** The milestone is complete. */
    TERMINAL,
    /** A summary that reports failure; the milestone is not complete. */
    NOT_TERMINAL
}
