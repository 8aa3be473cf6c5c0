package dev.gsd.parallel.adapters.eventstore.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.eventstore.EventStoreUnavailable;
import dev.gsd.parallel.application.eventstore.ExpectedVersion;
import dev.gsd.parallel.application.eventstore.NewEvent;
import dev.gsd.parallel.application.eventstore.StreamId;
import dev.gsd.parallel.application.eventstore.TestEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__\\w+\\.sql");

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();

    @Test
    void the_first_open_migrates_and_later_opens_skip_flyway() {
        try (H2EventStore first = H2EventStore.open(dir.resolve("events"), TestEvent.TYPES, clock)) {
            assertEquals(Schema.Outcome.MIGRATED, first.schemaOutcome());
        }
        try (H2EventStore second = H2EventStore.open(dir.resolve("events"), TestEvent.TYPES, clock)) {
            assertEquals(Schema.Outcome.ALREADY_CURRENT, second.schemaOutcome());
        }
    }

    /** Flyway races on its history table here (the loser retries after 1 s); every opener must still succeed. */
    @RepeatedTest(2)
    void stores_opened_at_once_on_a_new_file_all_work() throws Exception {
        int openers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(openers);
        List<H2EventStore> stores = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<H2EventStore>> opened = new ArrayList<>();
            for (int i = 0; i < openers; i++) {
                opened.add(pool.submit(() -> {
                    start.await();
                    return H2EventStore.open(dir.resolve("events"), TestEvent.TYPES, clock);
                }));
            }
            start.countDown();
            for (Future<H2EventStore> store : opened) {
                stores.add(store.get());
            }
            for (H2EventStore store : stores) {
                store.append(new StreamId("s-" + stores.indexOf(store)), ExpectedVersion.noStream(),
                        List.of(NewEvent.of(new TestEvent.Happened("x", 1, Instant.EPOCH))));
            }
            assertEquals(openers, stores.get(0).headPosition());
        } finally {
            stores.forEach(H2EventStore::close);
            pool.shutdownNow();
        }
    }

    @Test
    void latest_version_is_the_highest_migration_script() throws IOException, URISyntaxException {
        Path scripts = Path.of(Objects.requireNonNull(
                Schema.class.getClassLoader().getResource(Schema.LOCATION), Schema.LOCATION).toURI());
        int highest;
        try (Stream<Path> files = Files.list(scripts)) {
            List<Integer> versions = files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).toList();
            highest = versions.stream().mapToInt(Integer::intValue).max().orElseThrow();
        }
        assertEquals(String.valueOf(highest), Schema.LATEST_VERSION,
                "Schema.LATEST_VERSION must name the newest script, or the Flyway skip would leave a file behind");
    }

    @Test
    void a_file_from_a_newer_gsd_is_refused_naming_both_versions() throws SQLException {
        H2EventStore.open(dir.resolve("events"), TestEvent.TYPES, clock).close();
        sql(dir.resolve("events"), "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (2, '2', 'from the future', 'SQL', 'V2__from_the_future.sql', 'gsd', 1, TRUE)");

        EventStoreUnavailable refused = assertThrows(EventStoreUnavailable.class,
                () -> H2EventStore.open(dir.resolve("events"), TestEvent.TYPES, clock));

        assertTrue(refused.getMessage().contains("schema version 2"), refused.getMessage());
        assertTrue(refused.getMessage().contains("upgrade gsd"), refused.getMessage());
    }

    @Test
    void a_file_whose_history_is_behind_is_migrated_again() throws SQLException {
        H2EventStore.open(dir.resolve("events"), TestEvent.TYPES, clock).close();
        sql(dir.resolve("events"), "DROP TABLE events", "DROP TABLE events_head", "DROP TABLE streams",
                "DROP TABLE \"flyway_schema_history\"");

        try (H2EventStore store = H2EventStore.open(dir.resolve("events"), TestEvent.TYPES, clock)) {
            assertEquals(Schema.Outcome.MIGRATED, store.schemaOutcome());
            assertEquals(0, store.headPosition());
        }
    }

    /** Runs statements on the file with the store's own URL (AUTO_SERVER would refuse any other). */
    static void sql(Path file, String... statements) throws SQLException {
        try (Connections connections = new Connections(Connections.url(file.toString(), H2EventStore.LOCK_TIMEOUT))) {
            Connection c = connections.borrow();
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
                c.commit();
            } finally {
                connections.discard(c);
            }
        }
    }
}
