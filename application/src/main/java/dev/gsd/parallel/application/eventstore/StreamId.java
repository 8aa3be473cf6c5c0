package dev.gsd.parallel.application.eventstore;

import java.util.regex.Pattern;

/**
 * The name of one stream, conventionally {@code <aggregate>-<id>} ({@code run-20261203T165000Z},
 * {@code milestone-M001}). Restricted to a safe alphabet so it can appear in file names, logs and SQL untouched.
 */
public record StreamId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public StreamId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid stream id '" + value
                    + "': use 1-128 of [A-Za-z0-9._:-], starting with a letter or digit");
        }
    }

    public static StreamId of(String aggregate, String id) {
        return new StreamId(aggregate + "-" + id);
    }

    @Override
    public String toString() {
        return value;
    }
}
