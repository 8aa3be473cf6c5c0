package dev.gsd.parallel.bench;

import dev.gsd.parallel.adapters.eventstore.h2.H2EventStore;
import dev.gsd.parallel.application.eventstore.EventCatalog;
import dev.gsd.parallel.application.eventstore.EventStore;
import dev.gsd.parallel.application.eventstore.ExpectedVersion;
import dev.gsd.parallel.application.eventstore.NewEvent;
import dev.gsd.parallel.application.eventstore.RecordedEvent;
import dev.gsd.parallel.application.eventstore.StreamId;
import dev.gsd.parallel.domain.run.RunEvent.RunStarted;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The event store's two costs that matter: a durable single-event append (the coordinator's every decision) and a
 * full replay (every {@code status}), each next to the bare H2 (and disk) doing the same work with the same options.
 * Every measured series follows one unmeasured warm-up round.
 */
final class EventStoreBench {

    static final String HOLD = "hold-eventstore";

    private static final int ROUNDS = 5;
    private static final int APPENDS = 5_000;
    private static final int CLIENT_APPENDS = 2_000;
    private static final int FSYNCS = 1_000;
    private static final int EVENTS = 100_000;
    private static final int BATCH = 100;
    private static final int PAGE = 1_000;
    /** What {@code H2EventStore} uses, so the raw reference pays for the same durability and sharing. */
    private static final String URL_OPTIONS =
            ";WRITE_DELAY=0;AUTO_SERVER=TRUE;LOCK_TIMEOUT=30000;LAZY_QUERY_EXECUTION=TRUE";
    private static final String COLUMNS =
            "global_position, stream_id, stream_version, event_type, schema_version, payload, metadata, recorded_at";

    private final PrintStream out;
    private final Clock clock = Clock.systemUTC();
    private final List<Row> rows = new ArrayList<>();

    EventStoreBench(PrintStream out) {
        this.out = out;
    }

    /** One measured series: a value per round. */
    private record Row(String what, String unit, String work, List<Double> values) {

        double median() {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        double min() {
            return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        double max() {
            return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }
    }

    void run() throws Exception {
        Path dir = Files.createTempDirectory("gsd-bench-");
        try {
            out.printf(Locale.ROOT, "Event store benchmark: %d cores, JDK %s (%s), %s %s, max heap %d MB, in %s%n%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    System.getProperty("java.vm.name"), System.getProperty("os.name"),
                    System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20, dir);
            Row storeAppends = storeAppends(dir.resolve("append"));
            Row rawInserts = rawInserts(dir.resolve("raw"));
            Row fsyncs = fsyncs(dir.resolve("fsync.bin"));
            Path replayFile = dir.resolve("replay");
            populate(replayFile);
            Row storeReads = storeReads(replayFile, "H2EventStore.readAll, 100k events, pages of 1,000");
            Row rawReads = rawReads(replayFile);
            List<Row> client = asAutoServerClient(replayFile, dir);
            table();
            out.println();
            out.printf(Locale.ROOT, "- append: the store does %.0f%% of the bare insert rate (head-row lock, stream"
                    + " version check, Jackson); the disk does %,.0f fsyncs/s, so H2 with WRITE_DELAY=0 writes each"
                    + " commit but does not fsync it%n", 100 * storeAppends.median() / rawInserts.median(),
                    fsyncs.median());
            out.printf(Locale.ROOT, "- replay: the store takes %.1f× the bare keyset read (the difference is JSON"
                    + " decoding and building records)%n", storeReads.median() / rawReads.median());
            out.printf(Locale.ROOT, "- AUTO_SERVER client (another JVM owns the file, loopback TCP): appends at %.0f%%"
                    + " and replays at %.1f× the time of the owner%n",
                    100 * client.get(0).median() / storeAppends.median(), client.get(1).median() / storeReads.median());
        } finally {
            deleteRecursively(dir);
        }
    }

    // --- appends ---------------------------------------------------------------------------------------------------

    private Row storeAppends(Path file) {
        try (EventStore store = H2EventStore.open(file, EventCatalog.all(), clock)) {
            return record(new Row("H2EventStore.append, 1 event per append (durable)", "appends/s",
                    ROUNDS + " × " + fmt(APPENDS), appendRounds(store, "bench", APPENDS)));
        }
    }

    private List<Double> appendRounds(EventStore store, String streamPrefix, int appends) {
        List<Double> perSecond = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            StreamId stream = new StreamId(streamPrefix + "-" + round);
            long start = System.nanoTime();
            for (int i = 0; i < appends; i++) {
                store.append(stream, ExpectedVersion.exactly(i), List.of(event(i)));
            }
            if (round > 0) {
                perSecond.add(appends / seconds(start));
            }
        }
        return perSecond;
    }

    private Row rawInserts(Path file) throws SQLException {
        List<Double> perSecond = new ArrayList<>();
        String payload = "{\"runId\":\"run-20261203T165000Z\",\"maxWorkers\":2,\"at\":\"2026-12-03T16:50:00.123Z\"}";
        String metadata = "{\"command\":\"bench\",\"correlation\":\"c-000000\"}";
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file + URL_OPTIONS, "gsd", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE events (global_position BIGINT NOT NULL PRIMARY KEY,"
                        + " stream_id CHARACTER VARYING(128) NOT NULL, stream_version BIGINT NOT NULL,"
                        + " event_type CHARACTER VARYING(128) NOT NULL, schema_version INTEGER NOT NULL,"
                        + " payload CHARACTER VARYING NOT NULL, metadata CHARACTER VARYING NOT NULL,"
                        + " recorded_at TIMESTAMP(9) WITH TIME ZONE NOT NULL, UNIQUE (stream_id, stream_version))");
            }
            c.setAutoCommit(false);
            long position = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO events (" + COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int round = 0; round <= ROUNDS; round++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < APPENDS; i++) {
                        insert.setLong(1, ++position);
                        insert.setString(2, "bench-" + round);
                        insert.setLong(3, i + 1);
                        insert.setString(4, "run.Started");
                        insert.setInt(5, 1);
                        insert.setString(6, payload);
                        insert.setString(7, metadata);
                        insert.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
                        insert.executeUpdate();
                        c.commit();
                    }
                    if (round > 0) {
                        perSecond.add(APPENDS / seconds(start));
                    }
                }
            }
        }
        return record(new Row("reference: bare JDBC INSERT + commit, same table and URL options", "rows/s",
                ROUNDS + " × " + fmt(APPENDS), perSecond));
    }

    private Row fsyncs(Path file) throws IOException {
        List<Double> perSecond = new ArrayList<>();
        ByteBuffer record = ByteBuffer.wrap("x".repeat(199).concat("\n").getBytes(StandardCharsets.US_ASCII));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            for (int round = 0; round <= ROUNDS; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < FSYNCS; i++) {
                    record.rewind();
                    channel.write(record);
                    channel.force(false);
                }
                if (round > 0) {
                    perSecond.add(FSYNCS / seconds(start));
                }
            }
        }
        return record(new Row("reference: append 200 B to a file + fsync (FileChannel.force)", "writes/s",
                ROUNDS + " × " + fmt(FSYNCS), perSecond));
    }

    // --- replay ----------------------------------------------------------------------------------------------------

    private void populate(Path file) {
        try (EventStore store = H2EventStore.open(file, EventCatalog.all(), clock)) {
            long start = System.nanoTime();
            for (int batch = 0; batch < EVENTS / BATCH; batch++) {
                List<NewEvent> events = new ArrayList<>(BATCH);
                for (int i = 0; i < BATCH; i++) {
                    events.add(event(batch * BATCH + i));
                }
                store.append(new StreamId("replay-" + batch % 50), ExpectedVersion.any(), events);
            }
            record(new Row("H2EventStore.append, batches of 100 (populating the replay file)", "events/s",
                    "1 × " + fmt(EVENTS), List.of(EVENTS / seconds(start))));
        }
    }

    private Row storeReads(Path file, String what) {
        try (EventStore store = H2EventStore.open(file, EventCatalog.all(), clock)) {
            return record(new Row(what, "ms", ROUNDS + " × " + fmt(EVENTS), readRounds(store)));
        }
    }

    private List<Double> readRounds(EventStore store) {
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            long next = 1;
            long count = 0;
            while (true) {
                List<RecordedEvent> page = store.readAll(next, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                count += page.size();
                next = page.get(page.size() - 1).position() + 1;
            }
            requireAll(count);
            if (round > 0) {
                millis.add(seconds(start) * 1_000);
            }
        }
        return millis;
    }

    private Row rawReads(Path file) throws SQLException {
        List<Double> millis = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file + URL_OPTIONS, "gsd", "");
             PreparedStatement page = c.prepareStatement("SELECT " + COLUMNS + " FROM events"
                     + " WHERE global_position >= ? ORDER BY global_position FETCH FIRST ? ROWS ONLY")) {
            for (int round = 0; round <= ROUNDS; round++) {
                long start = System.nanoTime();
                long next = 1;
                long count = 0;
                int rowsInPage;
                do {
                    rowsInPage = 0;
                    page.setLong(1, next);
                    page.setInt(2, PAGE);
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            next = rs.getLong(1) + 1;
                            rs.getString(2);
                            rs.getLong(3);
                            rs.getString(4);
                            rs.getInt(5);
                            rs.getString(6);
                            rs.getString(7);
                            rs.getObject(8, OffsetDateTime.class);
                            rowsInPage++;
                        }
                    }
                    count += rowsInPage;
                } while (rowsInPage > 0);
                requireAll(count);
                if (round > 0) {
                    millis.add(seconds(start) * 1_000);
                }
            }
        }
        return record(new Row("reference: bare JDBC keyset read of the same 100k rows (no JSON)", "ms",
                ROUNDS + " × " + fmt(EVENTS), millis));
    }

    // --- through AUTO_SERVER ---------------------------------------------------------------------------------------

    /** Another JVM opens the file first and so serves it; this one becomes its TCP client, like a second gsd. */
    private List<Row> asAutoServerClient(Path file, Path dir) throws Exception {
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Bench.class.getName(), HOLD, file.toString())
                .redirectError(dir.resolve("owner.stderr").toFile())
                .start();
        try {
            BufferedReader ownerOut = new BufferedReader(
                    new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
            String line = ownerOut.readLine();
            if (!"ready".equals(line)) {
                throw new IllegalStateException("owner JVM did not start: " + line + "\n"
                        + Files.readString(dir.resolve("owner.stderr")));
            }
            try (EventStore store = H2EventStore.open(file, EventCatalog.all(), clock)) {
                Row reads = record(new Row("H2EventStore.readAll as AUTO_SERVER client, 100k events, pages of 1,000",
                        "ms", ROUNDS + " × " + fmt(EVENTS), readRounds(store)));
                Row appends = record(new Row("H2EventStore.append as AUTO_SERVER client, 1 event per append",
                        "appends/s", ROUNDS + " × " + fmt(CLIENT_APPENDS), appendRounds(store, "client",
                        CLIENT_APPENDS)));
                return List.of(appends, reads);
            }
        } finally {
            owner.getOutputStream().close();
            owner.waitFor();
        }
    }

    /** The owner side: open, say so, serve until stdin closes. */
    static void hold(Path file, PrintStream out) throws IOException {
        try (EventStore store = H2EventStore.open(file, EventCatalog.all(), Clock.systemUTC())) {
            out.println("ready");
            out.flush();
            while (System.in.read() >= 0) {
                // serving the file to the benchmark over loopback TCP until it closes our stdin
            }
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private NewEvent event(long n) {
        return new NewEvent(new RunStarted("run-20261203T165000Z", 2, Instant.now(clock)),
                Map.of("command", "bench", "correlation", String.format(Locale.ROOT, "c-%06d", n % 1_000_000)));
    }

    private Row record(Row row) {
        rows.add(row);
        return row;
    }

    private void table() {
        out.println("| what | unit | median | min | max | rounds × work |");
        out.println("|---|---|---:|---:|---:|---|");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", row.what(), row.unit(), fmt(row.median()),
                    fmt(row.min()), fmt(row.max()), row.work());
        }
    }

    private static void requireAll(long count) {
        if (count != EVENTS) {
            throw new IllegalStateException("read " + count + " events, expected " + EVENTS);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
