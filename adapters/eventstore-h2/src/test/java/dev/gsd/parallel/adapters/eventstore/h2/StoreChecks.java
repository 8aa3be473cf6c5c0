package dev.gsd.parallel.adapters.eventstore.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gsd.parallel.application.eventstore.EventStore;
import dev.gsd.parallel.application.eventstore.RecordedEvent;
import java.util.ArrayList;
import java.util.List;

/** Assertions over a whole store, shared by the multi-process tests. */
final class StoreChecks {

    private StoreChecks() {
    }

    /** Every event, oldest first, read the way a replay does: pages following the last position seen. */
    static List<RecordedEvent> readEverything(EventStore store) {
        List<RecordedEvent> all = new ArrayList<>();
        long next = 1;
        while (true) {
            List<RecordedEvent> page = store.readAll(next, 1_000);
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            next = page.get(page.size() - 1).position() + 1;
        }
    }

    /** Asserts {@code numbers} is exactly 1, 2, … {@code last}, naming the first place where it is not. */
    static void assertContiguousFromOne(List<Long> numbers, long last, String what) {
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i) != i + 1L) {
                fail(what + ": expected " + (i + 1) + " at index " + i + " but found " + numbers.get(i));
            }
        }
        assertEquals(last, numbers.size(), what + ": count");
    }
}
