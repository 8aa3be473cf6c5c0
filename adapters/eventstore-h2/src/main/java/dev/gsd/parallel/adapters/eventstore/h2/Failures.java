package dev.gsd.parallel.adapters.eventstore.h2;

import dev.gsd.parallel.application.eventstore.EventStoreUnavailable;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;

/** What an H2 error means for the event store, and how to say it to a person. */
final class Failures {

    private Failures() {
    }

    /**
     * True when the connection, not the statement, failed: the AUTO_SERVER owner went away, or the file is between
     * owners. A fresh connection becomes a client of the new owner or the owner itself, so the work may be retried
     * as long as it was not committing.
     */
    static boolean isConnectionLost(SQLException e) {
        int code = e.getErrorCode();
        String state = e.getSQLState();
        return code == ErrorCode.CONNECTION_BROKEN_1
                || code == ErrorCode.DATABASE_IS_CLOSED
                || code == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                || code == ErrorCode.DATABASE_ALREADY_OPEN_1
                || state != null && state.startsWith("08");
    }

    /** True for a second row with the same stream and version: another appender won the race for that version. */
    static boolean isStreamVersionTaken(SQLException e) {
        return e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1
                && String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT).contains("EVENTS_STREAM_VERSION_UNIQUE");
    }

    /** Two appends were handed the same global position; the one that lost stored nothing and may try again. */
    static boolean isPositionTaken(SQLException e) {
        return e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1
                && String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT).contains("EVENTS(GLOBAL_POSITION)");
    }

    static EventStoreUnavailable translate(Path file, String what, SQLException e) {
        return new EventStoreUnavailable("event store " + file + ": cannot " + what + ": " + explain(e), e);
    }

    private static String explain(SQLException e) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return "the file is open in another program that does not share it (only gsd's AUTO_SERVER mode can;"
                        + " an H2 console or tool must use AUTO_SERVER=TRUE too); close that program and retry";
            case ErrorCode.LOCK_TIMEOUT_1:
                return "another process held the event store's write lock for more than "
                        + H2EventStore.LOCK_TIMEOUT.toSeconds() + " s; is a gsd process stopped or hung? ("
                        + firstLine(e) + ")";
            case ErrorCode.FILE_CORRUPTED_1:
                return "the file is damaged; move it aside to start a new history (" + firstLine(e) + ")";
            case ErrorCode.FILE_VERSION_ERROR_1:
                return "the file was written by an incompatible H2 version (" + firstLine(e) + ")";
            case ErrorCode.FILE_NOT_FOUND_1:
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                return "cannot read or write the file; check that its directory exists, is writable and the disk is"
                        + " not full (" + firstLine(e) + ")";
            default:
                return firstLine(e) + " (H2 error " + e.getErrorCode() + ")";
        }
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
