package dev.gsd.parallel.application.eventstore;

/**
 * The store cannot be opened, read or written (file locked by an incompatible program, disk full, corrupt file …).
 * Adapters translate their technology's exceptions into this one; the message names the file and what to do.
 */
public final class EventStoreUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventStoreUnavailable(String message) {
        super(message);
    }

    public EventStoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
