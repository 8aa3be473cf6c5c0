package dev.gsd.parallel.adapters.eventstore.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.eventstore.AppendResult;
import dev.gsd.parallel.application.eventstore.ConcurrencyConflict;
import dev.gsd.parallel.application.eventstore.EventStoreUnavailable;
import dev.gsd.parallel.application.eventstore.EventType;
import dev.gsd.parallel.application.eventstore.EventTypes;
import dev.gsd.parallel.application.eventstore.ExpectedVersion;
import dev.gsd.parallel.application.eventstore.NewEvent;
import dev.gsd.parallel.application.eventstore.RecordedEvent;
import dev.gsd.parallel.application.eventstore.StreamId;
import dev.gsd.parallel.application.eventstore.TestEvent;
import dev.gsd.parallel.application.eventstore.TestEvent.Happened;
import dev.gsd.parallel.application.eventstore.TestEvent.Noted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the contract cannot say about H2: how its failures reach the port, and the file it uses. */
class H2EventStoreFailuresTest {

    private static final Instant NOW = Instant.parse("2026-12-03T16:50:00.123456789Z");
    private static final StreamId STREAM = new StreamId("test-1");

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private H2EventStore open(EventTypes types) {
        return H2EventStore.open(dir.resolve("events"), types, clock);
    }

    private static NewEvent happened(long n) {
        return NewEvent.of(new Happened("thing " + n, n, NOW));
    }

    @Test
    void the_file_is_the_given_path_plus_mv_db_and_the_suffix_may_be_given_too() {
        try (H2EventStore store = open(TestEvent.TYPES)) {
            store.append(STREAM, ExpectedVersion.noStream(), List.of(happened(1)));
            assertEquals(dir.resolve("events.mv.db"), store.file());
        }
        assertTrue(Files.isRegularFile(dir.resolve("events.mv.db")));
        try (H2EventStore same = H2EventStore.open(dir.resolve("events.mv.db"), TestEvent.TYPES, clock)) {
            assertEquals(1, same.headPosition());
        }
    }

    @Test
    void parent_directories_are_created() {
        try (H2EventStore store = H2EventStore.open(dir.resolve(".gsd/parallel/events"), TestEvent.TYPES, clock)) {
            assertEquals(0, store.headPosition());
        }
        assertTrue(Files.isRegularFile(dir.resolve(".gsd/parallel/events.mv.db")));
    }

    @Test
    void the_recording_time_keeps_nanoseconds() {
        try (H2EventStore store = open(TestEvent.TYPES)) {
            store.append(STREAM, ExpectedVersion.any(), List.of(happened(1)));
            assertEquals(NOW, store.readAll(1, 1).get(0).recordedAt());
        }
    }

    @Test
    void an_event_type_this_gsd_does_not_know_is_reported_with_its_name_and_position() {
        try (H2EventStore store = open(TestEvent.TYPES)) {
            store.append(STREAM, ExpectedVersion.any(), List.of(happened(1), NewEvent.of(new Noted(List.of(), 1))));
        }
        EventTypes older = EventTypes.of(new EventType("test.Happened", 1, Happened.class));
        try (H2EventStore store = open(older)) {
            EventStoreUnavailable unknown = assertThrows(EventStoreUnavailable.class, () -> store.readAll(1, 10));
            assertTrue(unknown.getMessage().contains("'test.Noted'"), unknown.getMessage());
            assertTrue(unknown.getMessage().contains("position 2"), unknown.getMessage());

            List<RecordedEvent> known = store.readAll(1, 1);
            assertEquals(new Happened("thing 1", 1, NOW), known.get(0).event(), "the store stays usable");
        }
    }

    @Test
    void a_schema_version_this_gsd_cannot_read_is_reported() {
        try (H2EventStore store = open(TestEvent.TYPES)) {
            store.append(STREAM, ExpectedVersion.any(), List.of(NewEvent.of(new Noted(List.of("x"), 1))));
        }
        EventTypes otherVersion = EventTypes.of(new EventType("test.Noted", 3, Noted.class));
        try (H2EventStore store = open(otherVersion)) {
            EventStoreUnavailable refused = assertThrows(EventStoreUnavailable.class, () -> store.readStream(STREAM));
            assertTrue(refused.getMessage().contains("schema version 2"), refused.getMessage());
        }
    }

    @Test
    void a_damaged_payload_is_reported_with_its_position() throws SQLException {
        try (H2EventStore store = open(TestEvent.TYPES)) {
            store.append(STREAM, ExpectedVersion.any(), List.of(happened(1)));
        }
        SchemaTest.sql(dir.resolve("events"), "UPDATE events SET payload = '{\"what\":\"x\"}'");
        try (H2EventStore store = open(TestEvent.TYPES)) {
            EventStoreUnavailable damaged = assertThrows(EventStoreUnavailable.class, () -> store.readAll(1, 1));
            assertTrue(damaged.getMessage().contains("position 1"), damaged.getMessage());
        }
    }

    @Test
    void a_file_that_is_not_an_h2_database_is_unavailable_naming_the_file() throws IOException {
        Files.write(dir.resolve("events.mv.db"), "this is not a database\n".repeat(500).getBytes());

        EventStoreUnavailable refused = assertThrows(EventStoreUnavailable.class, () -> open(TestEvent.TYPES));

        assertTrue(refused.getMessage().contains(dir.resolve("events.mv.db").toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
    }

    @Test
    void a_directory_that_cannot_be_created_is_unavailable() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file where a directory should be");

        EventStoreUnavailable refused = assertThrows(EventStoreUnavailable.class,
                () -> H2EventStore.open(dir.resolve("blocker/events"), TestEvent.TYPES, clock));

        assertTrue(refused.getMessage().contains("blocker"), refused.getMessage());
    }

    @Test
    void a_duplicate_stream_version_reads_as_a_conflict_but_a_duplicate_position_does_not() throws SQLException {
        try (H2EventStore store = open(TestEvent.TYPES)) {
            store.append(STREAM, ExpectedVersion.any(), List.of(happened(1)));
            String insert = "INSERT INTO events VALUES (%d, 'test-1', %d, 'test.Happened', 1, '{}', '{}',"
                    + " CURRENT_TIMESTAMP)";

            SQLException sameVersion = failingSql(String.format(insert, 2, 1));
            SQLException samePosition = failingSql(String.format(insert, 1, 2));

            assertTrue(Failures.isStreamVersionTaken(sameVersion), sameVersion.getMessage());
            assertFalse(Failures.isStreamVersionTaken(samePosition), samePosition.getMessage());
        }
    }

    @Test
    void a_version_taken_behind_the_stores_back_is_a_conflict_and_stores_nothing() throws SQLException {
        try (H2EventStore store = open(TestEvent.TYPES)) {
            store.append(STREAM, ExpectedVersion.noStream(), List.of(happened(1)));
        }
        // a writer that bypasses the head row and the streams table (a repair script, say) takes version 2
        SchemaTest.sql(dir.resolve("events"), "INSERT INTO events VALUES (99, 'test-1', 2, 'test.Happened', 1,"
                + " '{\"what\":\"x\",\"n\":2,\"at\":\"2026-12-03T16:50:00Z\"}', '{}', CURRENT_TIMESTAMP)");
        try (H2EventStore store = open(TestEvent.TYPES)) {

            assertThrows(ConcurrencyConflict.class,
                    () -> store.append(STREAM, ExpectedVersion.exactly(1), List.of(happened(2), happened(3))));

            assertEquals(1, store.headPosition(), "the refused append gave its positions back");
            assertEquals(new AppendResult(1, 2, 2),
                    store.append(new StreamId("test-2"), ExpectedVersion.noStream(), List.of(happened(1))));
        }
    }

    @Test
    void a_closed_store_refuses_work() {
        H2EventStore store = open(TestEvent.TYPES);
        store.close();

        assertThrows(IllegalStateException.class, store::headPosition);
        assertThrows(IllegalStateException.class,
                () -> store.append(STREAM, ExpectedVersion.any(), List.of(happened(1))));
        store.close();
    }

    private SQLException failingSql(String statement) throws SQLException {
        try (Connections connections = new Connections(
                Connections.url(dir.resolve("events").toString(), H2EventStore.LOCK_TIMEOUT))) {
            Connection c = connections.borrow();
            try (Statement s = c.createStatement()) {
                return assertThrows(SQLException.class, () -> s.execute(statement));
            } finally {
                c.rollback();
                connections.discard(c);
            }
        }
    }
}
