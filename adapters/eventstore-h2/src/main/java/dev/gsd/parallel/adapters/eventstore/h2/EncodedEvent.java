package dev.gsd.parallel.adapters.eventstore.h2;

/** One event as it goes into a row: stable type name, schema version and JSON text. */
record EncodedEvent(String type, int schemaVersion, String payload, String metadata) {
}
