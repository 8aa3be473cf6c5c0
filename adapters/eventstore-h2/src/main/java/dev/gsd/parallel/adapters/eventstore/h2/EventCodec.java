package dev.gsd.parallel.adapters.eventstore.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.gsd.parallel.application.eventstore.EventStoreUnavailable;
import dev.gsd.parallel.application.eventstore.EventType;
import dev.gsd.parallel.application.eventstore.EventTypes;
import dev.gsd.parallel.application.eventstore.NewEvent;
import dev.gsd.parallel.domain.DomainEvent;
import java.util.Map;

/**
 * Turns events into the JSON text stored in a row and back. The wire format (pinned by the golden files) is the
 * record's components in declaration order, instants as ISO-8601 strings, enums by name.
 */
final class EventCodec {

    /** H2's limit for a {@code CHARACTER VARYING} value without a declared length. */
    static final int MAX_JSON_CHARS = 1_000_000;

    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() { };

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // A stored event missing a component is damage or an unregistered schema change, never "null".
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private final EventTypes types;

    EventCodec(EventTypes types) {
        this.types = types;
    }

    /** @throws IllegalArgumentException for an event class that is not registered, or one too large to store */
    EncodedEvent encode(NewEvent event) {
        EventType type = types.of(event.event());
        String payload = write(event.event(), type.name());
        String metadata = write(event.metadata(), type.name() + " metadata");
        return new EncodedEvent(type.name(), type.schemaVersion(), payload, metadata);
    }

    /**
     * The event stored at {@code position}.
     *
     * @throws EventStoreUnavailable if this program does not know the type or its schema version, or the payload
     *                               does not fit the record: a newer gsd wrote it, or the file is damaged
     */
    DomainEvent decode(long position, String typeName, int schemaVersion, String payload) {
        EventType type = types.named(typeName).orElseThrow(() -> new EventStoreUnavailable("event at position "
                + position + " has type '" + typeName + "' (schema " + schemaVersion + "), which this version of gsd"
                + " does not know; it was probably written by a newer gsd: upgrade gsd"));
        if (type.schemaVersion() != schemaVersion) {
            throw new EventStoreUnavailable("event at position " + position + " of type '" + typeName
                    + "' has schema version " + schemaVersion + " but this version of gsd reads only version "
                    + type.schemaVersion() + "; upgrade gsd");
        }
        try {
            return JSON.readValue(payload, type.javaType());
        } catch (JsonProcessingException e) {
            throw new EventStoreUnavailable("event at position " + position + " of type '" + typeName
                    + "' cannot be read (" + e.getOriginalMessage() + "); the event store file may be damaged", e);
        }
    }

    Map<String, String> metadata(long position, String json) {
        try {
            return JSON.readValue(json, METADATA);
        } catch (JsonProcessingException e) {
            throw new EventStoreUnavailable("metadata of the event at position " + position + " cannot be read ("
                    + e.getOriginalMessage() + "); the event store file may be damaged", e);
        }
    }

    private static String write(Object value, String what) {
        String json;
        try {
            json = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + what + " as JSON: " + e.getOriginalMessage(), e);
        }
        if (json.length() > MAX_JSON_CHARS) {
            throw new IllegalArgumentException(what + " is " + json.length() + " characters of JSON; at most "
                    + MAX_JSON_CHARS + " fit in the event store");
        }
        return json;
    }
}
