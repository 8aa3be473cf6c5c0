package dev.gsd.parallel.application.eventstore;

/** Where an append landed: the stream's new version and the global positions of its first and last event. */
public record AppendResult(long streamVersion, long firstPosition, long lastPosition) {
}
