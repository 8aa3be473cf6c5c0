package dev.gsd.parallel.application.channel;

/** The {@code state} of a status file, in the original's words so GSD's monitors read it. */
public enum StatusState {
    RUNNING("running"),
    PAUSED("paused"),
    /** The agent ended normally, or was stopped on request. */
    STOPPED("stopped"),
    /** The agent failed or crashed, or the worker died (then the coordinator writes it). */
    ERROR("error");

    private final String word;

    StatusState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
