package dev.gsd.parallel.domain.run;

import dev.gsd.parallel.domain.DomainEvent;
import java.time.Instant;

/** What happened to a run; stored as {@code run.Started} and {@code run.Finished}. */
public sealed interface RunEvent extends DomainEvent {

    String runId();

    Instant at();

    record RunStarted(String runId, int maxWorkers, Instant at) implements RunEvent {
    }

    record RunFinished(String runId, RunOutcome outcome, Instant at) implements RunEvent {
    }
}
