package dev.gsd.parallel.application.command;

import dev.gsd.parallel.application.eventstore.ConcurrencyConflict;
import dev.gsd.parallel.application.eventstore.EventStore;
import dev.gsd.parallel.application.eventstore.ExpectedVersion;
import dev.gsd.parallel.application.eventstore.NewEvent;
import dev.gsd.parallel.application.eventstore.RecordedEvent;
import dev.gsd.parallel.application.eventstore.StreamId;
import dev.gsd.parallel.domain.Decider;
import dev.gsd.parallel.domain.DomainEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes commands of one aggregate type: load the stream, fold it into state, decide, append with the version the
 * state was built from. When another writer appended in between, the decision is made again on fresh state, at most
 * {@code maxAttempts} times in all, because a decision taken on stale state may be wrong.
 *
 * @param <C> command type
 * @param <S> state type
 * @param <E> event type
 */
public final class CommandHandler<C, S, E extends DomainEvent> {

    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    private final EventStore store;
    private final Decider<C, S, E> decider;
    private final Class<E> eventClass;
    private final int maxAttempts;

    public CommandHandler(EventStore store, Decider<C, S, E> decider, Class<E> eventClass) {
        this(store, decider, eventClass, DEFAULT_MAX_ATTEMPTS);
    }

    public CommandHandler(EventStore store, Decider<C, S, E> decider, Class<E> eventClass, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        this.store = store;
        this.decider = decider;
        this.eventClass = eventClass;
        this.maxAttempts = maxAttempts;
    }

    /** The current state of {@code stream} and the version it was read at (0 for a stream with no event). */
    public Loaded<S> load(StreamId stream) {
        S state = decider.initialState();
        long version = 0;
        for (RecordedEvent recorded : store.readStream(stream)) {
            state = decider.evolve(state, cast(stream, recorded));
            version = recorded.streamVersion();
        }
        return new Loaded<>(state, version);
    }

    /**
     * Decides {@code command} against the current state of {@code stream} and appends what was decided.
     *
     * @return the events appended (none when the decider decided nothing) and the state after them
     * @throws dev.gsd.parallel.domain.CommandRejected if the decider refuses the command
     * @throws ConcurrencyConflict                     if other writers won the race {@code maxAttempts} times
     */
    public Handled<S> handle(StreamId stream, C command) {
        for (int attempt = 1; ; attempt++) {
            Loaded<S> loaded = load(stream);
            List<E> decided = decider.decide(command, loaded.state());
            if (decided.isEmpty()) {
                return new Handled<>(loaded.state(), List.of());
            }
            List<NewEvent> toAppend = new ArrayList<>(decided.size());
            S state = loaded.state();
            for (E event : decided) {
                toAppend.add(NewEvent.of(event));
                state = decider.evolve(state, event);
            }
            try {
                store.append(stream, ExpectedVersion.exactly(loaded.version()), toAppend);
                return new Handled<>(state, List.copyOf(decided));
            } catch (ConcurrencyConflict conflict) {
                if (attempt >= maxAttempts) {
                    throw conflict;
                }
            }
        }
    }

    private E cast(StreamId stream, RecordedEvent recorded) {
        if (!eventClass.isInstance(recorded.event())) {
            throw new IllegalStateException("stream " + stream + " holds " + recorded.type() + " at version "
                    + recorded.streamVersion() + ", which is not a " + eventClass.getSimpleName());
        }
        return eventClass.cast(recorded.event());
    }

    /** A stream's folded state and the version it was read at. */
    public record Loaded<S>(S state, long version) {
    }

    /** The outcome of a handled command: the new state and the events that led to it. */
    public record Handled<S>(S state, List<? extends DomainEvent> events) {
    }
}
