package dev.gsd.parallel.domain.run;

import java.time.Instant;

/** The state of a run: not started, running, or finished (terminal). */
public sealed interface Run {

    record NotStarted() implements Run {
    }

    record Running(String runId, int maxWorkers, Instant startedAt) implements Run {
    }

    record Finished(String runId, RunOutcome outcome, Instant finishedAt) implements Run {
    }
}
