package dev.gsd.parallel.adapters.eventstore.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gsd.parallel.application.eventstore.EventCatalog;
import dev.gsd.parallel.application.eventstore.EventType;
import dev.gsd.parallel.application.eventstore.EventTypes;
import dev.gsd.parallel.application.eventstore.NewEvent;
import dev.gsd.parallel.domain.DomainEvent;
import dev.gsd.parallel.domain.run.RunEvent.RunFinished;
import dev.gsd.parallel.domain.run.RunEvent.RunStarted;
import dev.gsd.parallel.domain.run.RunOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the stored JSON of every event type in the production catalogue: a golden file per type and schema version
 * ({@code golden/<name>.v<schema>.json}). A change that alters what is stored fails here; make it a new schema
 * version with its own golden file (and an upcaster) instead of editing an existing file.
 */
class EventWireFormatTest {

    private static final String RUN = "run-20261203T165000Z";

    /** One representative of each catalogue type; a new type needs one here and a golden file. */
    private static final Map<String, DomainEvent> SAMPLES = Map.of(
            "run.Started", new RunStarted(RUN, 2, Instant.parse("2026-12-03T16:50:00Z")),
            "run.Finished",
            new RunFinished(RUN, RunOutcome.BUDGET_EXHAUSTED, Instant.parse("2026-12-03T17:05:30.25Z")));

    private static final ObjectMapper TREES = new ObjectMapper();

    private final EventTypes catalog = EventCatalog.all();
    private final EventCodec codec = new EventCodec(catalog);

    @TestFactory
    Stream<DynamicTest> every_catalogue_type_is_written_and_read_exactly_as_its_golden_file() {
        return catalog.all().stream().map(type -> DynamicTest.dynamicTest(goldenName(type), () -> {
            DomainEvent sample = SAMPLES.get(type.name());
            assertNotNull(sample, "no sample of " + type.name() + ": add one to SAMPLES and a golden file");
            assertSame(type.javaType(), sample.getClass(), "sample of " + type.name());
            EncodedEvent encoded = codec.encode(NewEvent.of(sample));
            assertEquals(type.name(), encoded.type());
            assertEquals(type.schemaVersion(), encoded.schemaVersion());
            String written = encoded.payload();
            String golden = golden(type, written);

            assertEquals(TREES.readTree(golden), TREES.readTree(written),
                    "stored JSON of " + type.name() + " changed; it is now:\n" + written);
            assertEquals(sample, codec.decode(1, type.name(), type.schemaVersion(), golden),
                    "the golden file of " + type.name() + " no longer reads back to the sample");
        }));
    }

    @Test
    void every_sample_belongs_to_a_catalogue_type() {
        for (String name : SAMPLES.keySet()) {
            assertTrue(catalog.named(name).isPresent(), name + " has a sample but is not in the catalogue");
        }
    }

    private static String goldenName(EventType type) {
        return "golden/" + type.name() + ".v" + type.schemaVersion() + ".json";
    }

    private static String golden(EventType type, String written) throws IOException {
        try (InputStream in = EventWireFormatTest.class.getClassLoader().getResourceAsStream(goldenName(type))) {
            assertNotNull(in, "missing src/test/resources/" + goldenName(type) + "; if this is a new type or"
                    + " schema version, create it with the JSON now written:\n" + written);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
