package dev.gsd.parallel.application.eventstore;

import java.util.List;

/**
 * The append-only log of everything that happened.
 *
 * <p>Guarantees every implementation must keep (checked by {@code EventStoreContract}):
 * <ul>
 *   <li>an append is all or nothing, and is durable once {@code append} returns;</li>
 *   <li>per stream, versions are 1, 2, 3 … with no gaps; of two appenders expecting the same version exactly one
 *       succeeds and the other gets {@link ConcurrencyConflict};</li>
 *   <li>global positions are 1, 2, 3 … with no gaps and in commit order: once a reader has seen position
 *       {@code p}, no event with a position below {@code p} can appear later;</li>
 *   <li>only event types registered in the store's {@link EventTypes} are accepted.</li>
 * </ul>
 * Failures of the underlying technology surface as {@link EventStoreUnavailable}.
 */
public interface EventStore extends AutoCloseable {

    /**
     * Appends {@code events} (at least one) to {@code stream} if its current version is admitted by
     * {@code expected}.
     *
     * @throws ConcurrencyConflict if it is not; nothing is stored then
     */
    AppendResult append(StreamId stream, ExpectedVersion expected, List<NewEvent> events);

    /** Every event of {@code stream}, oldest first; empty if the stream does not exist. */
    List<RecordedEvent> readStream(StreamId stream);

    /** At most {@code limit} events with a position of at least {@code fromPosition}, in position order. */
    List<RecordedEvent> readAll(long fromPosition, int limit);

    /** The position of the last event stored, or 0 when the store is empty. */
    long headPosition();

    @Override
    void close();
}
