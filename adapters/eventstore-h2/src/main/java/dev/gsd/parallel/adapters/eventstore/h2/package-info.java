/**
 * The {@code EventStore} port on an H2 file database ({@code .gsd/parallel/events.mv.db}), migrated by Flyway, with
 * payloads stored as Jackson JSON text. {@link dev.gsd.parallel.adapters.eventstore.h2.H2EventStore} is the only
 * public type; H2, Flyway and Jackson stay behind it, and their exceptions are translated into
 * {@code EventStoreUnavailable}.
 *
 * <p>Several processes share the file through H2's AUTO_SERVER mode (the first opener serves the others over
 * loopback TCP): see {@code docs/adr/0002-h2-file-shared-through-auto-server.md}.
 */
package dev.gsd.parallel.adapters.eventstore.h2;
