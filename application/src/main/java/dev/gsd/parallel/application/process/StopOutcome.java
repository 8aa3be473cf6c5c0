package dev.gsd.parallel.application.process;

/** How {@link WorkerProcesses#stop} ended a process group. */
public enum StopOutcome {
    /** Nothing of the group was running any more. */
    ALREADY_GONE,
    /** Every process of the group ended within the grace period after SIGTERM. */
    TERMINATED,
    /** Something was still running when the grace period was over, so the group got SIGKILL. */
    KILLED
}
