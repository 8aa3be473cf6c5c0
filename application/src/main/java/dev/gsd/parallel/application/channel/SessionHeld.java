package dev.gsd.parallel.application.channel;

/** Another live process holds the session lock of the milestone. */
public final class SessionHeld extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SessionHeld(String message) {
        super(message);
    }
}
