package dev.gsd.parallel.domain;

import java.util.List;

/**
 * An aggregate as two pure functions over immutable values.
 *
 * <p>{@code decide} looks at the current state and a command and answers with the events that should happen; it may
 * reject the command by throwing {@link CommandRejected} but never changes anything. {@code evolve} applies one
 * event that already happened and therefore never rejects. State is always the left fold of {@code evolve} over
 * the stream, starting from {@code initialState}.
 *
 * @param <C> the aggregate's command type (a sealed interface of records)
 * @param <S> the aggregate's state type
 * @param <E> the aggregate's event type (a sealed interface of records)
 */
public interface Decider<C, S, E extends DomainEvent> {

    S initialState();

    List<E> decide(C command, S state);

    S evolve(S state, E event);

    /** True when no command can produce a further event; the stream is then closed for good. */
    default boolean isTerminal(S state) {
        return false;
    }

    /** The state after every event of {@code events}, in order, starting from {@link #initialState()}. */
    default S fold(Iterable<? extends E> events) {
        S state = initialState();
        for (E event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
