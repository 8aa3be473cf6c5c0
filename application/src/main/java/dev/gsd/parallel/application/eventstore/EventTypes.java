package dev.gsd.parallel.application.eventstore;

import dev.gsd.parallel.domain.DomainEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of every event type a store may hold, looked up by Java class (to write) or by name (to read). */
public final class EventTypes {

    private final Map<String, EventType> byName = new LinkedHashMap<>();
    private final Map<Class<? extends DomainEvent>, EventType> byClass = new LinkedHashMap<>();

    private EventTypes(List<EventType> types) {
        for (EventType type : types) {
            if (byName.putIfAbsent(type.name(), type) != null) {
                throw new IllegalArgumentException("event type name " + type.name() + " is registered twice");
            }
            if (byClass.putIfAbsent(type.javaType(), type) != null) {
                throw new IllegalArgumentException(type.javaType().getName() + " is registered twice");
            }
        }
    }

    public static EventTypes of(EventType... types) {
        return new EventTypes(List.of(types));
    }

    public static EventTypes of(List<EventType> types) {
        return new EventTypes(types);
    }

    /** The type of {@code event}; an unregistered class is a programming error. */
    public EventType of(DomainEvent event) {
        EventType type = byClass.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("event class " + event.getClass().getName()
                    + " is not registered in the event catalogue");
        }
        return type;
    }

    public Optional<EventType> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<EventType> all() {
        return List.copyOf(byName.values());
    }
}
