package dev.gsd.parallel.adapters.eventstore.h2;

import dev.gsd.parallel.application.eventstore.EventStore;
import dev.gsd.parallel.application.eventstore.TestEvent;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A {@code gsd parallel status}-like reader for the multi-process tests: opens the store, replays it, closes it,
 * {@code <rounds>} times, printing {@code read <events> <head>} each time. Arguments: {@code <file> <rounds>}.
 */
final class ReadingChild {

    private ReadingChild() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        for (int round = 0; round < rounds; round++) {
            try (EventStore store = H2EventStore.open(file, TestEvent.TYPES, Clock.systemUTC())) {
                int events = StoreChecks.readEverything(store).size();
                out.println("read " + events + " " + store.headPosition());
                out.flush();
            }
        }
    }
}
