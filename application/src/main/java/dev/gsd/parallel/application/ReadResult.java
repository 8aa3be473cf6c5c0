package dev.gsd.parallel.application;

import java.util.List;
import java.util.Objects;

/**
 * A value read from the user's files, and the warnings found on the way: things that were ignored but that the
 * user should hear about (an unknown preference key, a directory that is not a milestone). Each warning is one line
 * naming its file.
 */
public record ReadResult<T>(T value, List<String> warnings) {

    public ReadResult {
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
    }
}
