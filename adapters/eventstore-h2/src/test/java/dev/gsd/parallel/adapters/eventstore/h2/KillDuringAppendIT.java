package dev.gsd.parallel.adapters.eventstore.h2;

import static dev.gsd.parallel.adapters.eventstore.h2.StoreChecks.assertContiguousFromOne;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.eventstore.RecordedEvent;
import dev.gsd.parallel.application.eventstore.TestEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Durability with real processes (slow-ish: a JVM per round, rounds run side by side, ~3.5 s of each is H2 taking
 * over the dead owner's lock file): an append acknowledged to its caller survives the
 * process being killed with SIGKILL at a random moment. This is what {@code WRITE_DELAY=0} buys; with H2's default
 * write delay the spike lost ~0.5 s of acknowledged appends in every round.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KillDuringAppendIT {

    @TempDir
    Path dir;

    @RepeatedTest(5)
    @Execution(ExecutionMode.CONCURRENT)
    void every_acknowledged_append_survives_kill_9() throws Exception {
        Path file = dir.resolve("events");
        long killAfterMillis = ThreadLocalRandom.current().nextLong(300, 1_501);
        List<Long> acked;
        try (ChildJvm child = ChildJvm.start(dir, AppendingChild.class, file.toString(), "crash-1", "0")) {
            child.awaitLine(l -> l.startsWith("acked "), Duration.ofSeconds(30), "a first acknowledged append");
            Thread.sleep(killAfterMillis);
            child.killHard();
            acked = child.ackedPositions();
        }
        assertFalse(acked.isEmpty());
        long lastAcked = acked.get(acked.size() - 1);

        try (H2EventStore store = H2EventStore.open(file, TestEvent.TYPES, Clock.systemUTC())) {
            List<RecordedEvent> all = StoreChecks.readEverything(store);
            long head = store.headPosition();

            String round = "killed " + killAfterMillis + " ms after the first of " + acked.size() + " acks";
            assertTrue(head >= lastAcked, round + ": acknowledged position " + lastAcked + " lost, head " + head);
            // one append may have committed between its commit and the child printing it
            assertTrue(head <= lastAcked + 1, round + ": head " + head + " is beyond the last ack + 1; unacknowledged: "
                    + all.stream().filter(e -> e.position() > lastAcked).map(RecordedEvent::event).toList());
            assertContiguousFromOne(all.stream().map(RecordedEvent::position).toList(), head, round + ", positions");
            assertContiguousFromOne(all.stream().map(RecordedEvent::streamVersion).toList(), head,
                    round + ", versions");
            assertContiguousFromOne(acked, acked.size(), round + ", acknowledged positions");
        }
    }
}
