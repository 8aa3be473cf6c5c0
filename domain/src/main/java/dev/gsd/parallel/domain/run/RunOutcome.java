package dev.gsd.parallel.domain.run;

/** How a run ended, in the terms of the command line's exit codes. */
public enum RunOutcome {
    /** All work that could be done is done. */
    COMPLETED,
    /** Work remains that needs a person: a merge conflict, a failed worker, nothing eligible. */
    BLOCKED,
    /** Stopped by a signal or by {@code gsd parallel stop}. */
    CANCELLED,
    /** The aggregate cost ceiling was reached. */
    BUDGET_EXHAUSTED
}
