package dev.gsd.parallel.adapters.eventstore.h2;

import dev.gsd.parallel.application.eventstore.AppendResult;
import dev.gsd.parallel.application.eventstore.EventStore;
import dev.gsd.parallel.application.eventstore.ExpectedVersion;
import dev.gsd.parallel.application.eventstore.NewEvent;
import dev.gsd.parallel.application.eventstore.StreamId;
import dev.gsd.parallel.application.eventstore.TestEvent;
import dev.gsd.parallel.application.eventstore.TestEvent.Happened;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The other process of the multi-process tests: opens the store, then appends one event at a time to a stream until
 * it is killed, printing {@code acked <position> <version>} only after {@code append} returned. With a watched stream
 * it also prints {@code saw <n>} whenever that stream's length changes, to show it reads the other process's events.
 *
 * <p>Arguments: {@code <file> <stream> <pause-ms> [<watched-stream>]}.
 */
final class AppendingChild {

    private AppendingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        Path file = Path.of(args[0]);
        StreamId stream = new StreamId(args[1]);
        long pauseMillis = Long.parseLong(args[2]);
        Optional<StreamId> watched = args.length > 3 ? Optional.of(new StreamId(args[3])) : Optional.empty();
        Clock clock = Clock.systemUTC();
        EventStore store = H2EventStore.open(file, TestEvent.TYPES, clock);
        out.println("ready");
        out.flush();
        int seen = -1;
        for (long n = 1; ; n++) {
            AppendResult acked = store.append(stream, ExpectedVersion.any(),
                    List.of(NewEvent.of(new Happened("append " + n, n, clock.instant()))));
            out.println("acked " + acked.lastPosition() + " " + acked.streamVersion());
            out.flush();
            if (watched.isPresent() && n % 10 == 0) {
                int size = store.readStream(watched.get()).size();
                if (size != seen) {
                    seen = size;
                    out.println("saw " + size);
                    out.flush();
                }
            }
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
        }
    }
}
