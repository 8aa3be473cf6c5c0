package dev.gsd.parallel.application.channel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The worktree's {@code .gsd/metrics.json} ({@code version: 1}): the cost ledger, unit by unit. */
public record Metrics(Instant projectStartedAt, List<UnitMetrics> units) {

    public Metrics {
        Objects.requireNonNull(projectStartedAt, "projectStartedAt");
        units = List.copyOf(units);
    }
}
