package dev.gsd.parallel.application.git;

/**
 * The repository could not be read or written for a reason that is not the user's request (an I/O error, a corrupt
 * object). Nothing the adapter started was left half done where it could avoid it; the message says what failed.
 */
public final class GitFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GitFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
