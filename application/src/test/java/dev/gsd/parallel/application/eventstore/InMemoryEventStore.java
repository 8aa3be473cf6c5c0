package dev.gsd.parallel.application.eventstore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-memory twin of the event store, for tests of everything above the port. It keeps the same guarantees as
 * the real store (checked by the same contract suite) by serialising appends on one lock.
 */
public final class InMemoryEventStore implements EventStore {

    /** What survives a close, so a test can "reopen" the same store. */
    public static final class Storage {
        private final List<RecordedEvent> log = new ArrayList<>();
        private final Map<StreamId, Long> versions = new HashMap<>();
    }

    private final Storage storage;
    private final EventTypes types;
    private final Clock clock;
    private volatile boolean closed;

    public InMemoryEventStore(Storage storage, EventTypes types, Clock clock) {
        this.storage = storage;
        this.types = types;
        this.clock = clock;
    }

    public InMemoryEventStore(EventTypes types, Clock clock) {
        this(new Storage(), types, clock);
    }

    @Override
    public AppendResult append(StreamId stream, ExpectedVersion expected, List<NewEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to append to " + stream);
        }
        List<String> names = new ArrayList<>(events.size());
        for (NewEvent event : events) {
            names.add(types.of(event.event()).name());
        }
        synchronized (storage) {
            ensureOpen();
            long actual = storage.versions.getOrDefault(stream, 0L);
            if (!expected.admits(actual)) {
                throw new ConcurrencyConflict(stream, expected, actual);
            }
            long first = storage.log.size() + 1L;
            long version = actual;
            for (int i = 0; i < events.size(); i++) {
                NewEvent event = events.get(i);
                version++;
                storage.log.add(new RecordedEvent(storage.log.size() + 1L, stream, version, names.get(i),
                        event.event(), event.metadata(), clock.instant()));
            }
            storage.versions.put(stream, version);
            return new AppendResult(version, first, storage.log.size());
        }
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        synchronized (storage) {
            ensureOpen();
            return storage.log.stream().filter(e -> e.stream().equals(stream)).toList();
        }
    }

    @Override
    public List<RecordedEvent> readAll(long fromPosition, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        synchronized (storage) {
            ensureOpen();
            int from = (int) Math.max(0, Math.min(storage.log.size(), fromPosition - 1));
            int to = (int) Math.min(storage.log.size(), (long) from + limit);
            return List.copyOf(storage.log.subList(from, to));
        }
    }

    @Override
    public long headPosition() {
        synchronized (storage) {
            ensureOpen();
            return storage.log.size();
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("event store is closed");
        }
    }
}
