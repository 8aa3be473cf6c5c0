package dev.gsd.parallel.application.eventstore;

/**
 * What an appender believes about a stream's current version. Version 0 means the stream holds no event; the first
 * event of a stream has version 1.
 */
public sealed interface ExpectedVersion {

    /** The stream must not exist yet (have no event). */
    static ExpectedVersion noStream() {
        return new Exactly(0);
    }

    /** The stream's last event must have exactly this version; 0 is the same as {@link #noStream()}. */
    static ExpectedVersion exactly(long version) {
        return new Exactly(version);
    }

    /** Append whatever the stream holds. */
    static ExpectedVersion any() {
        return new Any();
    }

    /** True when an append may proceed on a stream whose current version is {@code actual}. */
    boolean admits(long actual);

    record Exactly(long version) implements ExpectedVersion {

        public Exactly {
            if (version < 0) {
                throw new IllegalArgumentException("expected version must be >= 0, got " + version);
            }
        }

        @Override
        public boolean admits(long actual) {
            return actual == version;
        }

        @Override
        public String toString() {
            return version == 0 ? "no stream" : "version " + version;
        }
    }

    record Any() implements ExpectedVersion {

        @Override
        public boolean admits(long actual) {
            return true;
        }

        @Override
        public String toString() {
            return "any version";
        }
    }
}
