package dev.gsd.parallel.domain;

/**
 * A decider's refusal of a command: the command does not fit the current state, and nothing happened. The message
 * says why in words a user can act on.
 */
public final class CommandRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandRejected(String reason) {
        super(reason);
    }
}
