/**
 * The event store port and its value types. Streams are append-only with optimistic concurrency on the stream
 * version; every event also gets a global position that is gap-free and in commit order, so a reader that polls
 * "everything after the last position I saw" never skips an event.
 */
package dev.gsd.parallel.application.eventstore;
