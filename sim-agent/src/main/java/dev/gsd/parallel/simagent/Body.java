package dev.gsd.parallel.simagent;

/**
 * What the agent does to its own process: take time, die, stop, shrug off SIGTERM. Behind an interface so the logic
 * can be tested in-process, where killing the process would kill the test.
 */
interface Body {

    /** Spends {@code millis} on a task. */
    void work(long millis);

    /** Dies by SIGKILL, like an agent killed by the OS; never returns. */
    void crash();

    /** Stops making progress for good, alive but silent; never returns. */
    void hang();

    /** From now on SIGTERM does nothing; only SIGKILL ends the process. */
    void ignoreSigterm();
}
