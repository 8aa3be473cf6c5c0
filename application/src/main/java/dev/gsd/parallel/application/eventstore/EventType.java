package dev.gsd.parallel.application.eventstore;

import dev.gsd.parallel.domain.DomainEvent;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identity of one event type on the wire: {@code <aggregate>.<PastTenseFact>} plus the schema version of
 * its payload. Renaming the Java class never changes what is stored.
 */
public record EventType(String name, int schemaVersion, Class<? extends DomainEvent> javaType) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z]*\\.[A-Z][A-Za-z]*");

    public EventType {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("event type name '" + name + "' must look like aggregate.PastTenseFact");
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema version of " + name + " must be >= 1");
        }
        Objects.requireNonNull(javaType, "javaType");
    }
}
