package dev.gsd.parallel.application.process;

/**
 * A process as the operating system knows it: its pid, and a marker of when it started. A pid alone is not an
 * identity, because the kernel reuses pids; pid and start marker together never name two processes on one boot.
 *
 * @param pid       the process id, which is also its process-group id for processes this port launched
 * @param startMark the process's start time in the operating system's own units (Linux: clock ticks since boot,
 *                  field 22 of {@code /proc/<pid>/stat}); only ever compared for equality
 */
public record ProcessIdentity(long pid, long startMark) {

    public ProcessIdentity {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be positive, got " + pid);
        }
    }
}
