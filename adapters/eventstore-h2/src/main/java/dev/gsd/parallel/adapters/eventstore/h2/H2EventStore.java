package dev.gsd.parallel.adapters.eventstore.h2;

import dev.gsd.parallel.application.eventstore.AppendResult;
import dev.gsd.parallel.application.eventstore.ConcurrencyConflict;
import dev.gsd.parallel.application.eventstore.EventStore;
import dev.gsd.parallel.application.eventstore.EventStoreUnavailable;
import dev.gsd.parallel.application.eventstore.EventTypes;
import dev.gsd.parallel.application.eventstore.ExpectedVersion;
import dev.gsd.parallel.application.eventstore.NewEvent;
import dev.gsd.parallel.application.eventstore.RecordedEvent;
import dev.gsd.parallel.application.eventstore.StreamId;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The event store in an H2 file ({@code <file>.mv.db}) that several processes may open at once.
 *
 * <p>How the port's guarantees are kept:
 * <ul>
 *   <li><b>Durable acknowledgement</b>: {@code WRITE_DELAY=0}, so a commit is in the file before {@code append}
 *       returns (H2's default buffers ~0.5 s of commits, lost on kill -9).</li>
 *   <li><b>Gap-free positions in commit order</b>: each append first updates the single row of {@code events_head},
 *       whose row lock it then holds until commit or rollback. Positions are taken from that row, so the next
 *       appender, in this or any other process, cannot take a position before this one has committed or given its
 *       positions back; a reader polling "after the last position I saw" therefore never skips one. Appends in one
 *       process also take a lock of their own, and a position handed out twice (seen rarely from H2 under
 *       contention) fails the primary key, so the append that lost, having stored nothing, runs again.</li>
 *   <li><b>Optimistic concurrency</b>: the stream's version is read under that same lock, so the check and the
 *       insert are atomic; {@code UNIQUE(stream_id, stream_version)} backs it up and also reads as a conflict.</li>
 *   <li><b>Several processes</b>: AUTO_SERVER (see {@code docs/adr/0002}); the TCP server binds to loopback only.</li>
 * </ul>
 * Thread safe: each call borrows its own connection.
 */
public final class H2EventStore implements EventStore {

    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How long to keep reconnecting while the file changes AUTO_SERVER owner: immediate after a clean exit, ~3.5 s
     * after a kill -9 (H2 waits for the dead owner's lock file to age before taking it over).
     */
    static final Duration RECONNECT_PATIENCE = Duration.ofSeconds(10);

    private static final String BIND_ADDRESS = "h2.bindAddress";
    private static final String SUFFIX = ".mv.db";
    private static final int FETCH_SIZE = 1_000;
    private static final String COLUMNS =
            "global_position, stream_id, stream_version, event_type, schema_version, payload, metadata, recorded_at";

    private static final int POSITION_ATTEMPTS = 5;

    private final Path file;
    private final Connections connections;
    private final ReentrantLock appendLock = new ReentrantLock();
    private final EventCodec codec;
    private final Clock clock;
    private final Schema.Outcome schemaOutcome;

    private H2EventStore(Path file, Connections connections, EventCodec codec, Clock clock,
            Schema.Outcome schemaOutcome) {
        this.file = file;
        this.connections = connections;
        this.codec = codec;
        this.clock = clock;
        this.schemaOutcome = schemaOutcome;
    }

    /**
     * Opens (creating if needed) the store in {@code file}: a path without H2's suffix ({@code .gsd/parallel/events}
     * for {@code .gsd/parallel/events.mv.db}); the suffix itself is tolerated. Brings the tables up to date.
     *
     * @throws EventStoreUnavailable if the file cannot be opened, created or upgraded
     */
    public static H2EventStore open(Path file, EventTypes types, Clock clock) {
        requireLoopbackServer();
        Path base = withoutSuffix(file.toAbsolutePath().normalize());
        Path mvFile = base.resolveSibling(base.getFileName() + SUFFIX);
        if (base.toString().contains(";")) {
            throw new IllegalArgumentException("event store path must not contain ';': " + base);
        }
        try {
            Files.createDirectories(base.getParent());
        } catch (IOException e) {
            throw new EventStoreUnavailable("event store " + mvFile + ": cannot create its directory "
                    + base.getParent() + ": " + e, e);
        }
        Connections connections = new Connections(Connections.url(base.toString(), LOCK_TIMEOUT));
        try {
            Schema.Outcome outcome = withRetries(mvFile, connections, "open",
                    c -> Schema.ensureCurrent(mvFile, connections.dataSource(), c));
            return new H2EventStore(mvFile, connections, new EventCodec(types), clock, outcome);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    @Override
    public AppendResult append(StreamId stream, ExpectedVersion expected, List<NewEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to append to " + stream);
        }
        List<EncodedEvent> encoded = new ArrayList<>(events.size());
        for (NewEvent event : events) {
            encoded.add(codec.encode(event));
        }
        OffsetDateTime recordedAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // One append at a time per process: the head row's lock alone was seen (rarely, under contention) to hand
        // two transactions the same position. Across processes the row lock still serialises, and a position taken
        // twice is caught by the primary key and the losing append, which stored nothing, runs again.
        appendLock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return withRetries(file, connections, "append to stream " + stream,
                            c -> appendInTransaction(c, stream, expected, encoded, recordedAt));
                } catch (PositionTaken taken) {
                    if (attempt >= POSITION_ATTEMPTS) {
                        throw new EventStoreUnavailable("event store " + file + ": could not get a free position to"
                                + " append to stream " + stream + " after " + attempt + " attempts; try again");
                    }
                }
            }
        } finally {
            appendLock.unlock();
        }
    }

    /** Another append took the position this one was handed; nothing of this one was stored. */
    private static final class PositionTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PositionTaken() {
            super(null, null, false, false);
        }
    }

    private static AppendResult appendInTransaction(Connection c, StreamId stream, ExpectedVersion expected,
            List<EncodedEvent> events, OffsetDateTime recordedAt) throws SQLException {
        int count = events.size();
        // First statement on purpose: from here to commit this transaction holds the head row's lock.
        long last;
        try (PreparedStatement head = c.prepareStatement(
                "SELECT position FROM FINAL TABLE (UPDATE events_head SET position = position + ? WHERE id = 1)")) {
            head.setInt(1, count);
            try (ResultSet rs = head.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
        }
        long actual = streamVersion(c, stream);
        if (!expected.admits(actual)) {
            throw new ConcurrencyConflict(stream, expected, actual);
        }
        long first = last - count + 1;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO events (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                EncodedEvent event = events.get(i);
                insert.setLong(1, first + i);
                insert.setString(2, stream.value());
                insert.setLong(3, actual + 1 + i);
                insert.setString(4, event.type());
                insert.setInt(5, event.schemaVersion());
                insert.setString(6, event.payload());
                insert.setString(7, event.metadata());
                insert.setObject(8, recordedAt);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            if (Failures.isPositionTaken(e)) {
                throw new PositionTaken();
            }
            if (Failures.isStreamVersionTaken(e)) {
                // Cannot happen while every appender takes the head lock first; kept so that a writer which does
                // not (a repair script, a future bug) still cannot break the port's contract.
                throw new ConcurrencyConflict(stream, expected, streamVersion(c, stream));
            }
            throw e;
        }
        long version = actual + count;
        try (PreparedStatement streams = c.prepareStatement("MERGE INTO streams (stream_id, version) KEY (stream_id)"
                + " VALUES (?, ?)")) {
            streams.setString(1, stream.value());
            streams.setLong(2, version);
            streams.executeUpdate();
        }
        return new AppendResult(version, first, last);
    }

    private static long streamVersion(Connection c, StreamId stream) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM streams WHERE stream_id = ?")) {
            ps.setString(1, stream.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    @Override
    public List<RecordedEvent> readStream(StreamId stream) {
        return withRetries(file, connections, "read stream " + stream, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM events"
                    + " WHERE stream_id = ? ORDER BY stream_version")) {
                ps.setString(1, stream.value());
                return rows(ps);
            }
        });
    }

    @Override
    public List<RecordedEvent> readAll(long fromPosition, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return withRetries(file, connections, "read events from position " + fromPosition, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM events"
                    + " WHERE global_position >= ? ORDER BY global_position FETCH FIRST ? ROWS ONLY")) {
                ps.setLong(1, fromPosition);
                ps.setInt(2, limit);
                return rows(ps);
            }
        });
    }

    private List<RecordedEvent> rows(PreparedStatement ps) throws SQLException {
        ps.setFetchSize(FETCH_SIZE);
        List<RecordedEvent> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long position = rs.getLong(1);
                String type = rs.getString(4);
                events.add(new RecordedEvent(
                        position,
                        new StreamId(rs.getString(2)),
                        rs.getLong(3),
                        type,
                        codec.decode(position, type, rs.getInt(5), rs.getString(6)),
                        codec.metadata(position, rs.getString(7)),
                        rs.getObject(8, OffsetDateTime.class).toInstant()));
            }
        }
        return events;
    }

    @Override
    public long headPosition() {
        return withRetries(file, connections, "read the head position", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT position FROM events_head WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        connections.close();
    }

    /** Whether opening this store had to run Flyway (for tests of the skip). */
    Schema.Outcome schemaOutcome() {
        return schemaOutcome;
    }

    Path file() {
        return file;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction on a borrowed connection and commits it. If the connection is lost before
     * the commit is sent (the AUTO_SERVER owner died, or the file is changing owner) nothing was stored, so the work
     * is retried on a fresh connection for up to {@link #RECONNECT_PATIENCE}. A connection lost while committing
     * leaves the outcome unknown: that is reported, never retried, so an append is never stored twice.
     */
    private static <T> T withRetries(Path file, Connections connections, String what, Work<T> work) {
        long deadline = System.nanoTime() + RECONNECT_PATIENCE.toNanos();
        int attempt = 0;
        while (true) {
            attempt++;
            Connection c;
            try {
                c = connections.borrow();
            } catch (SQLException e) {
                if (Failures.isConnectionLost(e) && System.nanoTime() < deadline) {
                    pause(file, what, attempt, e);
                    continue;
                }
                throw Failures.translate(file, what, e);
            }
            T result;
            try {
                result = work.run(c);
            } catch (SQLException e) {
                connections.discard(c);
                if (Failures.isConnectionLost(e) && System.nanoTime() < deadline) {
                    pause(file, what, attempt, e);
                    continue;
                }
                throw Failures.translate(file, what, e);
            } catch (RuntimeException e) {
                // a refusal (conflict, undecodable event): the transaction is still healthy and only needs ending
                endAfterRefusal(connections, c);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                connections.discard(c);
                if (Failures.isConnectionLost(e)) {
                    throw new EventStoreUnavailable("event store " + file + ": lost the connection while trying to "
                            + what + "; it may or may not have been stored: read the stream again before retrying",
                            e);
                }
                throw Failures.translate(file, what, e);
            }
            connections.giveBack(c);
            return result;
        }
    }

    private static void endAfterRefusal(Connections connections, Connection c) {
        try {
            c.rollback();
            connections.giveBack(c);
        } catch (SQLException e) {
            connections.discard(c);
        }
    }

    private static void pause(Path file, String what, int attempt, SQLException cause) {
        try {
            Thread.sleep(Math.min(200, 10L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Failures.translate(file, what + " (interrupted while reconnecting)", cause);
        }
    }

    /**
     * AUTO_SERVER's TCP server listens on every interface unless {@code h2.bindAddress} is set before H2 reads its
     * system properties (once, when its first class loads), so set it here, before this class touches H2, and check
     * that it took.
     */
    private static void requireLoopbackServer() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, "127.0.0.1");
        }
        String bound = org.h2.engine.SysProperties.BIND_ADDRESS;
        if (!isLoopback(bound)) {
            throw new EventStoreUnavailable("the event store would accept connections from the network (H2 was loaded"
                    + " with h2.bindAddress=" + bound + "); start gsd with -Dh2.bindAddress=127.0.0.1");
        }
    }

    private static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Path withoutSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) ? file.resolveSibling(name.substring(0, name.length() - SUFFIX.length())) : file;
    }
}
