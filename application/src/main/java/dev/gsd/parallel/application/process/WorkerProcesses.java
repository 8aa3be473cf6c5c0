package dev.gsd.parallel.application.process;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Processes that run agents and workers. Every process this port launches leads a process group (and session) of
 * its own, so a signal reaches everything it started, double-forked grandchildren included, and nothing else.
 *
 * <p>Any process can be asked about by its {@link ProcessIdentity}, including one launched by another program run
 * (re-attaching after a restart): liveness never trusts a bare pid, and a zombie counts as dead.
 */
public interface WorkerProcesses {

    /**
     * Starts {@code launch} in a new session and process group and answers once the group exists.
     *
     * @throws ProcessFailure if it cannot be started (no such command, directory missing)
     */
    ProcessIdentity launch(Launch launch);

    /** This very process. */
    ProcessIdentity self();

    /** True while that exact process runs (or is paused); false once it ended, even if still a zombie. */
    boolean isAlive(ProcessIdentity process);

    /** True while any process of the group {@code process} leads still runs, the leader itself or not. */
    boolean isGroupAlive(ProcessIdentity process);

    /** Sends {@code signal} to the whole group {@code process} leads; does nothing if that group has ended. */
    void signal(ProcessIdentity process, ProcessSignal signal);

    /**
     * Waits up to {@code patience} for {@code process} to end. The exit code is known only for a process this very
     * instance launched (128 + the signal number when a signal ended it); for others it is empty.
     *
     * @return empty if it still runs after {@code patience}; otherwise the exit code if known
     */
    java.util.Optional<OptionalInt> awaitExit(ProcessIdentity process, Duration patience);

    /**
     * Ends the whole group: SIGTERM (and SIGCONT, so a paused group can act on it), then SIGKILL to whatever
     * still runs after {@code grace}; answers once nothing of the group runs any more.
     */
    StopOutcome stop(ProcessIdentity process, Duration grace);

    /** {@link #stop} of every one of {@code processes} at once, so stopping four takes as long as stopping one. */
    Map<ProcessIdentity, StopOutcome> stopAll(Collection<ProcessIdentity> processes, Duration grace);
}
