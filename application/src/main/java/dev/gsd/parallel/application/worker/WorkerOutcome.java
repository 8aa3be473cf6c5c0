package dev.gsd.parallel.application.worker;

/** How a hosted agent ended; {@code gsd worker} exits with a code for each (ADR 0006). */
public enum WorkerOutcome {
    /** The agent exited 0: exit code 0, status {@code stopped}. */
    COMPLETED,
    /** Stopped on request (a {@code stop} signal, or SIGTERM to the worker): exit code 11, status {@code stopped}. */
    STOPPED,
    /** The agent exited non-zero, was killed, or could not start: exit code 10, status {@code error}. */
    FAILED
}
