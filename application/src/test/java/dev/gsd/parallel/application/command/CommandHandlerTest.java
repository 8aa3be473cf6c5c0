package dev.gsd.parallel.application.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gsd.parallel.application.command.CommandHandler.Handled;
import dev.gsd.parallel.application.eventstore.AppendResult;
import dev.gsd.parallel.application.eventstore.ConcurrencyConflict;
import dev.gsd.parallel.application.eventstore.EventCatalog;
import dev.gsd.parallel.application.eventstore.EventStore;
import dev.gsd.parallel.application.eventstore.ExpectedVersion;
import dev.gsd.parallel.application.eventstore.InMemoryEventStore;
import dev.gsd.parallel.application.eventstore.NewEvent;
import dev.gsd.parallel.application.eventstore.RecordedEvent;
import dev.gsd.parallel.application.eventstore.StreamId;
import dev.gsd.parallel.application.eventstore.TestEvent;
import dev.gsd.parallel.application.eventstore.TestEvent.Happened;
import dev.gsd.parallel.domain.CommandRejected;
import dev.gsd.parallel.domain.Decider;
import dev.gsd.parallel.domain.run.Run;
import dev.gsd.parallel.domain.run.RunCommand;
import dev.gsd.parallel.domain.run.RunCommand.FinishRun;
import dev.gsd.parallel.domain.run.RunCommand.StartRun;
import dev.gsd.parallel.domain.run.RunDecider;
import dev.gsd.parallel.domain.run.RunEvent;
import dev.gsd.parallel.domain.run.RunEvent.RunFinished;
import dev.gsd.parallel.domain.run.RunEvent.RunStarted;
import dev.gsd.parallel.domain.run.RunOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommandHandlerTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final StreamId RUN = StreamId.of("run", "r1");

    private final EventStore store = new InMemoryEventStore(EventCatalog.all(), Clock.fixed(T0, ZoneOffset.UTC));

    private CommandHandler<RunCommand, Run, RunEvent> handler(EventStore on, int attempts) {
        return new CommandHandler<>(on, new RunDecider(), RunEvent.class, attempts);
    }

    @Test
    void appends_what_the_decider_decided_and_returns_the_new_state() {
        Handled<Run> handled = handler(store, 3).handle(RUN, new StartRun("r1", 2, T0));

        assertEquals(new Run.Running("r1", 2, T0), handled.state());
        assertEquals(List.of(new RunStarted("r1", 2, T0)), handled.events());
        assertEquals(List.of(new RunStarted("r1", 2, T0)),
                store.readStream(RUN).stream().map(RecordedEvent::event).toList());
    }

    @Test
    void decides_on_the_state_folded_from_the_stream() {
        handler(store, 3).handle(RUN, new StartRun("r1", 2, T0));

        handler(store, 3).handle(RUN, new FinishRun(RunOutcome.COMPLETED, T0.plusSeconds(5)));

        assertEquals(new Run.Finished("r1", RunOutcome.COMPLETED, T0.plusSeconds(5)), handler(store, 1).load(RUN).state());
        assertEquals(2, handler(store, 1).load(RUN).version());
    }

    @Test
    void a_rejected_command_appends_nothing() {
        assertThrows(CommandRejected.class, () -> handler(store, 3).handle(RUN, new FinishRun(RunOutcome.COMPLETED, T0)));
        assertEquals(0, store.headPosition());
    }

    @Test
    void an_empty_decision_appends_nothing() {
        handler(store, 3).handle(RUN, new StartRun("r1", 2, T0));
        handler(store, 3).handle(RUN, new FinishRun(RunOutcome.COMPLETED, T0));

        Handled<Run> again = handler(store, 3).handle(RUN, new FinishRun(RunOutcome.CANCELLED, T0));

        assertEquals(List.of(), again.events());
        assertEquals(2, store.headPosition());
    }

    @Test
    void on_a_conflict_it_reads_again_and_decides_on_the_fresh_state() {
        // Another writer finishes the run between our read and our append: re-deciding on fresh state sees a
        // finished run, and finishing a finished run decides nothing.
        handler(store, 3).handle(RUN, new StartRun("r1", 2, T0));
        EventStore racing = new RacingStore(store, 1, () -> store.append(RUN, ExpectedVersion.exactly(1),
                List.of(NewEvent.of(new RunFinished("r1", RunOutcome.CANCELLED, T0)))));

        Handled<Run> handled = handler(racing, 3).handle(RUN, new FinishRun(RunOutcome.COMPLETED, T0));

        assertEquals(List.of(), handled.events());
        assertEquals(new Run.Finished("r1", RunOutcome.CANCELLED, T0), handled.state());
        assertEquals(2, store.headPosition());
    }

    @Test
    void gives_up_after_the_last_attempt_with_the_conflict() {
        EventStore testStore = new InMemoryEventStore(TestEvent.TYPES, Clock.fixed(T0, ZoneOffset.UTC));
        StreamId tally = new StreamId("tally-1");
        AtomicInteger interference = new AtomicInteger();
        EventStore alwaysRacing = new RacingStore(testStore, Integer.MAX_VALUE, () -> testStore.append(tally,
                ExpectedVersion.any(), List.of(NewEvent.of(new Happened("other", interference.incrementAndGet(), T0)))));
        CommandHandler<String, Long, TestEvent> counting = new CommandHandler<>(alwaysRacing, new Tally(),
                TestEvent.class, 3);

        assertThrows(ConcurrencyConflict.class, () -> counting.handle(tally, "ours"));
        assertEquals(3, interference.get(), "one read-decide-append per attempt");
        assertEquals(3, testStore.headPosition(), "none of our appends got through");
    }

    /** Counts what happened; every command is accepted, so only a conflict can stop it. */
    private static final class Tally implements Decider<String, Long, TestEvent> {
        @Override
        public Long initialState() {
            return 0L;
        }

        @Override
        public List<TestEvent> decide(String command, Long state) {
            return List.of(new Happened(command, state + 1, T0));
        }

        @Override
        public Long evolve(Long state, TestEvent event) {
            return state + 1;
        }
    }

    /** A store through which another writer appends right before each of our first {@code races} appends. */
    private static final class RacingStore implements EventStore {
        private final EventStore inner;
        private final Runnable otherWriter;
        private int races;

        RacingStore(EventStore inner, int races, Runnable otherWriter) {
            this.inner = inner;
            this.races = races;
            this.otherWriter = otherWriter;
        }

        @Override
        public AppendResult append(StreamId stream, ExpectedVersion expected, List<NewEvent> events) {
            if (races-- > 0) {
                otherWriter.run();
            }
            return inner.append(stream, expected, events);
        }

        @Override
        public List<RecordedEvent> readStream(StreamId stream) {
            return inner.readStream(stream);
        }

        @Override
        public List<RecordedEvent> readAll(long fromPosition, int limit) {
            return inner.readAll(fromPosition, limit);
        }

        @Override
        public long headPosition() {
            return inner.headPosition();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
