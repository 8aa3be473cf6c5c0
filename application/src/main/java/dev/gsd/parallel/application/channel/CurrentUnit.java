package dev.gsd.parallel.application.channel;

import java.time.Instant;
import java.util.Objects;

/** The unit of work the agent said it is on ({@code currentUnit} of a status file). */
public record CurrentUnit(String type, String id, Instant startedAt) {

    public CurrentUnit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
