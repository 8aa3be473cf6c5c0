package dev.gsd.parallel.application.process;

/** The operating system refused: a command could not be started, a signal could not be sent. */
public final class ProcessFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProcessFailure(String message) {
        super(message);
    }

    public ProcessFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
