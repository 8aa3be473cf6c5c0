package dev.gsd.parallel.application.eventstore;

import dev.gsd.parallel.domain.DomainEvent;
import java.time.Instant;
import java.util.Map;

/**
 * An event as the store holds it.
 *
 * @param position      global, gap-free, commit-ordered position, starting at 1
 * @param stream        the stream it belongs to
 * @param streamVersion its version within the stream, starting at 1
 * @param type          the stable type name ({@code run.Started}), never a Java class name
 * @param event         the decoded event
 * @param metadata      what the appender attached
 * @param recordedAt    when the store accepted it
 */
public record RecordedEvent(
        long position,
        StreamId stream,
        long streamVersion,
        String type,
        DomainEvent event,
        Map<String, String> metadata,
        Instant recordedAt) {

    public RecordedEvent {
        metadata = Map.copyOf(metadata);
    }
}
