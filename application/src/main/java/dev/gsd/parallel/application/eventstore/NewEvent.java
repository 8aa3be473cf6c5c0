package dev.gsd.parallel.application.eventstore;

import dev.gsd.parallel.domain.DomainEvent;
import java.util.Map;
import java.util.Objects;

/** An event about to be appended, with free-form metadata (correlation, causation, the issuing command …). */
public record NewEvent(DomainEvent event, Map<String, String> metadata) {

    public NewEvent {
        Objects.requireNonNull(event, "event");
        metadata = Map.copyOf(metadata);
    }

    public static NewEvent of(DomainEvent event) {
        return new NewEvent(event, Map.of());
    }
}
