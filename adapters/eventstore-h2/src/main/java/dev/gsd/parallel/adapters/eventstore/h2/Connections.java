package dev.gsd.parallel.adapters.eventstore.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The JDBC connections of one store: a caller borrows one for one unit of work, so a connection is never shared
 * between threads. A few idle connections are kept because opening one costs a round trip when this process is an
 * AUTO_SERVER client; connections that failed are discarded, not reused.
 */
final class Connections implements AutoCloseable {

    private static final int MAX_IDLE = 4;
    private static final String USER = "gsd";

    private final JdbcDataSource dataSource;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    Connections(String url) {
        this.dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(USER);
        dataSource.setPassword("");
    }

    /**
     * The URL every opener of {@code file} (absolute, without {@code .mv.db}) must use: the options are only
     * compatible with themselves (a plain opener gets error 90020 while an AUTO_SERVER opener holds the file).
     */
    static String url(String file, Duration lockTimeout) {
        return "jdbc:h2:file:" + file
                // every commit is written to the file before commit() returns: kill -9 loses nothing acknowledged
                + ";WRITE_DELAY=0"
                // the first opener serves the file to later openers over loopback TCP; they take over if it dies
                + ";AUTO_SERVER=TRUE"
                // contention on the head row waits instead of failing
                + ";LOCK_TIMEOUT=" + lockTimeout.toMillis()
                // results stream from the file instead of being materialised first
                + ";LAZY_QUERY_EXECUTION=TRUE";
    }

    DataSource dataSource() {
        return dataSource;
    }

    Connection borrow() throws SQLException {
        synchronized (idle) {
            if (closed) {
                throw new IllegalStateException("event store is closed");
            }
            Connection reused = idle.pollFirst();
            if (reused != null) {
                return reused;
            }
        }
        Connection fresh = dataSource.getConnection();
        try {
            fresh.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly(fresh);
            throw e;
        }
        return fresh;
    }

    /** Takes back a connection whose transaction has ended cleanly. */
    void giveBack(Connection connection) {
        synchronized (idle) {
            if (!closed && idle.size() < MAX_IDLE) {
                idle.addFirst(connection);
                return;
            }
        }
        closeQuietly(connection);
    }

    /** Drops a connection that failed; the next borrower opens a fresh one. */
    void discard(Connection connection) {
        closeQuietly(connection);
    }

    @Override
    public void close() {
        Deque<Connection> toClose;
        synchronized (idle) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(Connections::closeQuietly);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // a connection that cannot even close is gone already
        }
    }
}
