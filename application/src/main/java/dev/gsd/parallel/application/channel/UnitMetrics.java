package dev.gsd.parallel.application.channel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One unit of {@code metrics.json}. A unit is identified by {@code (type, id, startedAt)}; recording it again
 * replaces it.
 *
 * @param tokens total tokens, 0 when the agent does not say
 */
public record UnitMetrics(String type, String id, Instant startedAt, Instant finishedAt, BigDecimal cost,
                          long tokens) {

    public UnitMetrics {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(cost, "cost");
    }
}
