package dev.gsd.parallel.application.channel;

/** A channel file could not be read or written (permissions, a full disk, …); the message names the file. */
public final class ChannelFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChannelFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
