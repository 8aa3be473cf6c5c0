package dev.gsd.parallel.application.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gsd.parallel.application.eventstore.TestEvent.Happened;
import dev.gsd.parallel.application.eventstore.TestEvent.Noted;
import dev.gsd.parallel.domain.DomainEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link EventStore} must do. Each implementation extends this class and says how to open a store on
 * the storage in {@link #dir}; opening twice in one test must reach the same events (that is what "reopen" means).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class EventStoreContract {

    protected static final Instant NOW = Instant.parse("2026-12-03T16:50:00Z");
    protected static final StreamId STREAM = new StreamId("test-1");

    @TempDir
    protected Path dir;

    protected final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    protected EventStore store;

    /** Opens a store on the storage behind {@link #dir} that accepts {@code types}, recording at {@link #clock}. */
    protected abstract EventStore open(EventTypes types);

    @BeforeEach
    void openStore() {
        store = open(TestEvent.TYPES);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static NewEvent happened(long n) {
        return NewEvent.of(new Happened("thing " + n, n, NOW.plusSeconds(n)));
    }

    private static List<NewEvent> happened(long from, long count) {
        return LongStream.range(from, from + count).mapToObj(EventStoreContract::happened).toList();
    }

    @Test
    void an_empty_store_has_head_zero_and_no_events() {
        assertEquals(0, store.headPosition());
        assertEquals(List.of(), store.readStream(STREAM));
        assertEquals(List.of(), store.readAll(1, 100));
    }

    @Test
    void appending_to_a_new_stream_numbers_versions_and_positions_from_one() {
        AppendResult result = store.append(STREAM, ExpectedVersion.noStream(), happened(1, 3));

        assertEquals(new AppendResult(3, 1, 3), result);
        List<RecordedEvent> events = store.readStream(STREAM);
        assertEquals(List.of(1L, 2L, 3L), events.stream().map(RecordedEvent::streamVersion).toList());
        assertEquals(List.of(1L, 2L, 3L), events.stream().map(RecordedEvent::position).toList());
        assertEquals(3, store.headPosition());
    }

    @Test
    void events_come_back_equal_with_type_name_metadata_and_recording_time() {
        Noted noted = new Noted(List.of("a", "ü – b"), 0.125);
        store.append(STREAM, ExpectedVersion.any(),
                List.of(happened(7), new NewEvent(noted, Map.of("correlation", "c-1"))));

        List<RecordedEvent> events = store.readStream(STREAM);
        assertEquals(new Happened("thing 7", 7, NOW.plusSeconds(7)), events.get(0).event());
        assertEquals("test.Happened", events.get(0).type());
        assertEquals(noted, events.get(1).event());
        assertEquals("test.Noted", events.get(1).type());
        assertEquals(Map.of("correlation", "c-1"), events.get(1).metadata());
        assertEquals(Map.of(), events.get(0).metadata());
        assertEquals(STREAM, events.get(1).stream());
        assertEquals(NOW, events.get(1).recordedAt());
    }

    @Test
    void expecting_no_stream_on_an_existing_stream_is_a_conflict_and_stores_nothing() {
        store.append(STREAM, ExpectedVersion.noStream(), happened(1, 2));

        ConcurrencyConflict conflict = assertThrows(ConcurrencyConflict.class,
                () -> store.append(STREAM, ExpectedVersion.noStream(), happened(3, 1)));

        assertEquals(2, conflict.actual());
        assertEquals(2, store.readStream(STREAM).size());
        assertEquals(2, store.headPosition());
    }

    @Test
    void expecting_the_wrong_version_is_a_conflict_and_stores_nothing() {
        store.append(STREAM, ExpectedVersion.noStream(), happened(1, 2));

        assertThrows(ConcurrencyConflict.class, () -> store.append(STREAM, ExpectedVersion.exactly(1), happened(3, 2)));
        assertThrows(ConcurrencyConflict.class, () -> store.append(STREAM, ExpectedVersion.exactly(3), happened(3, 2)));

        assertEquals(2, store.headPosition());
        AppendResult ok = store.append(STREAM, ExpectedVersion.exactly(2), happened(3, 2));
        assertEquals(new AppendResult(4, 3, 4), ok);
    }

    @Test
    void expecting_any_version_appends_after_whatever_is_there() {
        store.append(STREAM, ExpectedVersion.any(), happened(1, 1));
        store.append(STREAM, ExpectedVersion.any(), happened(2, 1));

        assertEquals(List.of(1L, 2L), store.readStream(STREAM).stream().map(RecordedEvent::streamVersion).toList());
    }

    @Test
    void streams_are_separate_but_share_global_positions() {
        StreamId other = new StreamId("test-2");
        store.append(STREAM, ExpectedVersion.noStream(), happened(1, 1));
        store.append(other, ExpectedVersion.noStream(), happened(2, 2));
        store.append(STREAM, ExpectedVersion.exactly(1), happened(4, 1));

        assertEquals(List.of(1L, 4L), store.readStream(STREAM).stream().map(RecordedEvent::position).toList());
        assertEquals(List.of(1L, 2L), store.readStream(other).stream().map(RecordedEvent::streamVersion).toList());
        assertEquals(List.of(STREAM, other, other, STREAM),
                store.readAll(1, 10).stream().map(RecordedEvent::stream).toList());
    }

    @Test
    void read_all_starts_at_a_position_and_honours_the_limit() {
        store.append(STREAM, ExpectedVersion.noStream(), happened(1, 10));

        assertEquals(List.of(4L, 5L, 6L), store.readAll(4, 3).stream().map(RecordedEvent::position).toList());
        assertEquals(List.of(9L, 10L), store.readAll(9, 100).stream().map(RecordedEvent::position).toList());
        assertEquals(List.of(), store.readAll(11, 100));
        assertEquals(List.of(), store.readAll(1, 0));
        assertEquals(10, store.readAll(0, 100).size());
    }

    @Test
    void an_unregistered_event_type_is_refused_and_stores_nothing() {
        DomainEvent stranger = new DomainEvent() { };

        assertThrows(IllegalArgumentException.class,
                () -> store.append(STREAM, ExpectedVersion.any(), List.of(happened(1), NewEvent.of(stranger))));
        assertEquals(0, store.headPosition());
    }

    @Test
    void an_empty_append_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> store.append(STREAM, ExpectedVersion.any(), List.of()));
    }

    @Test
    void events_survive_close_and_reopen_and_positions_continue() {
        store.append(STREAM, ExpectedVersion.noStream(), happened(1, 3));
        store.close();

        store = open(TestEvent.TYPES);

        assertEquals(3, store.headPosition());
        assertEquals(new Happened("thing 2", 2, NOW.plusSeconds(2)), store.readStream(STREAM).get(1).event());
        assertEquals(new AppendResult(4, 4, 4), store.append(STREAM, ExpectedVersion.exactly(3), happened(4, 1)));
    }

    @Test
    void of_concurrent_appenders_expecting_the_same_version_exactly_one_wins_each_version() throws Exception {
        int appenders = 6;
        int versions = 40;
        Map<Long, AtomicInteger> winners = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(appenders);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int a = 0; a < appenders; a++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (long v = 0; v < versions; v++) {
                        try {
                            store.append(STREAM, ExpectedVersion.exactly(v), List.of(happened(v + 1)));
                            winners.computeIfAbsent(v + 1, k -> new AtomicInteger()).incrementAndGet();
                        } catch (ConcurrencyConflict lost) {
                            // somebody else took version v + 1; go on with the next one
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        for (long v = 1; v <= versions; v++) {
            assertEquals(1, winners.getOrDefault(v, new AtomicInteger()).get(), "winners of version " + v);
        }
        List<RecordedEvent> events = store.readStream(STREAM);
        assertContiguousFromOne(events.stream().map(RecordedEvent::streamVersion).toList(), versions, "versions");
    }

    @Test
    void concurrent_appenders_to_different_streams_get_gap_free_unique_positions() throws Exception {
        int appenders = 6;
        int perAppender = 150;
        ExecutorService pool = Executors.newFixedThreadPool(appenders);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int a = 0; a < appenders; a++) {
                StreamId stream = new StreamId("test-" + a);
                done.add(pool.submit(() -> {
                    for (long i = 0; i < perAppender; i++) {
                        store.append(stream, ExpectedVersion.any(), List.of(happened(i)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        int total = appenders * perAppender;
        List<RecordedEvent> all = store.readAll(1, total + 10);
        assertContiguousFromOne(all.stream().map(RecordedEvent::position).toList(), total, "global positions");
        Map<StreamId, List<Long>> versions = new HashMap<>();
        for (RecordedEvent e : all) {
            versions.computeIfAbsent(e.stream(), s -> new ArrayList<>()).add(e.streamVersion());
        }
        for (Map.Entry<StreamId, List<Long>> v : versions.entrySet()) {
            assertContiguousFromOne(v.getValue(), perAppender, "versions of " + v.getKey());
        }
        assertEquals(total, store.headPosition());
    }

    @Test
    void a_reader_following_the_head_never_skips_an_event_committed_later() throws Exception {
        int appenders = 4;
        int perAppender = 150;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(appenders + 1);
        try {
            Future<List<Long>> reader = pool.submit(() -> {
                List<Long> seen = new ArrayList<>();
                long next = 1;
                while (writing.get() || next <= store.headPosition()) {
                    for (RecordedEvent e : store.readAll(next, 50)) {
                        seen.add(e.position());
                        next = e.position() + 1;
                    }
                }
                return seen;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int a = 0; a < appenders; a++) {
                StreamId stream = new StreamId("test-" + a);
                writers.add(pool.submit(() -> {
                    for (long i = 0; i < perAppender; i++) {
                        store.append(stream, ExpectedVersion.any(), happened(i, 1 + i % 3));
                    }
                    return null;
                }));
            }
            for (Future<?> w : writers) {
                w.get();
            }
            writing.set(false);
            List<Long> seen = reader.get(30, TimeUnit.SECONDS);

            assertEquals(appenders * perAppender * 2L, store.headPosition());
            assertContiguousFromOne(seen, store.headPosition(), "positions the reader saw");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Asserts {@code numbers} is exactly 1, 2, … {@code last}, and names the first place where it is not. */
    protected static void assertContiguousFromOne(List<Long> numbers, long last, String what) {
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i) != i + 1L) {
                fail(what + ": expected " + (i + 1) + " at index " + i + " but found " + numbers.get(i));
            }
        }
        assertEquals(last, numbers.size(), what + ": count");
    }
}
