package dev.gsd.parallel.application.eventstore;

/**
 * An append found the stream at another version than the appender expected: somebody else appended first. Nothing
 * of the refused append was stored; re-read the stream and decide again.
 */
public final class ConcurrencyConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StreamId stream;
    private final transient ExpectedVersion expected;
    private final long actual;

    public ConcurrencyConflict(StreamId stream, ExpectedVersion expected, long actual) {
        super("stream " + stream + " is at version " + actual + ", expected " + expected);
        this.stream = stream;
        this.expected = expected;
        this.actual = actual;
    }

    public StreamId stream() {
        return stream;
    }

    public ExpectedVersion expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
