package dev.gsd.parallel.application.process;

/** What can be sent to a process group. */
public enum ProcessSignal {
    /** SIGTERM: please end. */
    TERMINATE,
    /** SIGKILL: end now; cannot be ignored. */
    KILL,
    /** SIGSTOP: freeze; cannot be ignored. */
    PAUSE,
    /** SIGCONT: carry on after {@link #PAUSE}. */
    RESUME
}
