package dev.gsd.parallel.application;

/**
 * The user's input cannot be used, or the request is refused: invalid preferences or milestone files, an unknown
 * milestone, dirty state that would be lost. The command ends with exit code 3 and this message as its one line on
 * stderr, so the message names the file (and key) at fault and says how to fix it. Nothing was changed.
 */
public final class BadInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
        super(message);
    }

    public BadInput(String message, Throwable cause) {
        super(message, cause);
    }
}
