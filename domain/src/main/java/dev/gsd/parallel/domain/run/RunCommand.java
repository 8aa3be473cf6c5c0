package dev.gsd.parallel.domain.run;

import java.time.Instant;

/** What can be asked of a run. Each command carries the instant it was issued, so the domain never reads a clock. */
public sealed interface RunCommand {

    Instant at();

    record StartRun(String runId, int maxWorkers, Instant at) implements RunCommand {
    }

    record FinishRun(RunOutcome outcome, Instant at) implements RunCommand {
    }
}
