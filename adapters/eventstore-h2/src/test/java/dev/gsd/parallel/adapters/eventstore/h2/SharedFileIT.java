package dev.gsd.parallel.adapters.eventstore.h2;

import static dev.gsd.parallel.adapters.eventstore.h2.StoreChecks.assertContiguousFromOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.eventstore.AppendResult;
import dev.gsd.parallel.application.eventstore.ExpectedVersion;
import dev.gsd.parallel.application.eventstore.NewEvent;
import dev.gsd.parallel.application.eventstore.RecordedEvent;
import dev.gsd.parallel.application.eventstore.StreamId;
import dev.gsd.parallel.application.eventstore.TestEvent;
import dev.gsd.parallel.application.eventstore.TestEvent.Happened;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several gsd processes on one file at once (a coordinator appending, {@code status}/{@code history} readers), as
 * DESIGN §7 promises, with real JVMs: nobody sees H2's "Database may be already in use" (90020), everybody sees
 * everybody's events, and when the process serving the file (the AUTO_SERVER owner, here the first opener) is
 * killed with SIGKILL the others take over without losing an acknowledged event.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SharedFileIT {

    private static final StreamId CHILD = new StreamId("child-1");
    private static final StreamId PARENT = new StreamId("parent-1");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();

    @Test
    void processes_share_the_file_and_survive_the_owner_being_killed() throws Exception {
        Path file = dir.resolve("events");
        try (ChildJvm owner = ChildJvm.start(dir, AppendingChild.class, file.toString(), CHILD.value(), "2",
                PARENT.value())) {
            owner.awaitLine(l -> l.startsWith("acked "), PATIENCE, "a first acknowledged append");
            try (ChildJvm reader = ChildJvm.start(dir, ReadingChild.class, file.toString(), "5");
                 H2EventStore store = H2EventStore.open(file, TestEvent.TYPES, clock)) {

                for (long v = 0; v < 50; v++) {
                    store.append(PARENT, ExpectedVersion.exactly(v), List.of(happened(v + 1)));
                }
                List<Long> ackedSoFar = owner.ackedPositions();
                Set<Long> childPositions = positionsOf(store.readStream(CHILD));
                assertTrue(childPositions.containsAll(ackedSoFar), "this process sees the owner's appends");
                owner.awaitLine("saw 50"::equals, PATIENCE, "that it saw this process's 50 appends");

                assertEquals(0, reader.waitFor(PATIENCE), "reader exit code; stderr:\n" + reader.stderr());
                List<String> reads = reader.lines().stream().filter(l -> l.startsWith("read ")).toList();
                assertEquals(5, reads.size(), "reader output " + reader.lines() + "\n" + reader.stderr());

                owner.killHard();
                List<Long> acked = owner.ackedPositions();
                assertFalse(acked.isEmpty());

                // The first call after the kill finds its connection broken and reconnects, taking the file over.
                for (long v = 50; v < 60; v++) {
                    AppendResult result = store.append(PARENT, ExpectedVersion.exactly(v), List.of(happened(v + 1)));
                    assertEquals(v + 1, result.streamVersion());
                }
                List<RecordedEvent> all = StoreChecks.readEverything(store);
                long head = store.headPosition();
                assertContiguousFromOne(all.stream().map(RecordedEvent::position).toList(), head, "positions");
                Map<StreamId, List<Long>> versions = all.stream().collect(Collectors.groupingBy(RecordedEvent::stream,
                        Collectors.mapping(RecordedEvent::streamVersion, Collectors.toList())));
                assertContiguousFromOne(versions.get(PARENT), 60, "versions of " + PARENT);
                List<Long> childVersions = versions.get(CHILD);
                assertContiguousFromOne(childVersions, childVersions.size(), "versions of " + CHILD);
                Set<Long> survived = positionsOf(store.readStream(CHILD));
                Set<Long> lost = new HashSet<>(acked);
                lost.removeAll(survived);
                assertEquals(Set.of(), lost, "acknowledged appends of the killed owner that were lost");
            }
        }
    }

    private NewEvent happened(long n) {
        return NewEvent.of(new Happened("parent " + n, n, clock.instant()));
    }

    private static Set<Long> positionsOf(List<RecordedEvent> events) {
        return events.stream().map(RecordedEvent::position).collect(Collectors.toSet());
    }
}
