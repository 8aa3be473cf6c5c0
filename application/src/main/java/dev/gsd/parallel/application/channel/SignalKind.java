package dev.gsd.parallel.application.channel;

/** What the coordinator asks of a worker. */
public enum SignalKind {
    PAUSE("pause"),
    RESUME("resume"),
    STOP("stop");

    private final String word;

    SignalKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
