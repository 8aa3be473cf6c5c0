package dev.gsd.parallel.application.eventstore;

import dev.gsd.parallel.domain.DomainEvent;
import java.time.Instant;
import java.util.List;

/** Events that exist only for the event store's contract suite. */
public sealed interface TestEvent extends DomainEvent {

    EventTypes TYPES = EventTypes.of(
            new EventType("test.Happened", 1, Happened.class),
            new EventType("test.Noted", 2, Noted.class));

    record Happened(String what, long n, Instant at) implements TestEvent {
    }

    record Noted(List<String> lines, double cost) implements TestEvent {
    }
}
