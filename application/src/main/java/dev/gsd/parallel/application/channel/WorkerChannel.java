package dev.gsd.parallel.application.channel;

import dev.gsd.parallel.domain.plan.MilestoneId;
import java.nio.file.Path;

/**
 * The files a worker and the coordinator share (DESIGN.md §5), for the project at {@code root} and its milestone
 * worktrees {@code .gsd/worktrees/<MID>}. Every file is replaced atomically, so a reader sees the old content or the
 * new, never a mix; a file that cannot be understood reads as {@link ChannelFile.Corrupt}.
 *
 * <p>Ownership: the worker writes its status (the coordinator only once the worker is dead), its session lock and
 * its metrics; the coordinator writes signals, and the worker deletes each one it acted on.
 */
public interface WorkerChannel {

    /** {@code .gsd/worktrees/<MID>}. */
    Path worktree(Path root, MilestoneId milestone);

    /** Where the agent's standard output goes ({@code .gsd/parallel/<MID>.stdout.log}). */
    Path stdoutLog(Path root, MilestoneId milestone);

    /** Where the agent's standard error goes ({@code .gsd/parallel/<MID>.stderr.log}). */
    Path stderrLog(Path root, MilestoneId milestone);

    /** Appends one line of the worker's own to the stderr log (as the original did when a worker exited). */
    void noteInStderrLog(Path root, MilestoneId milestone, String line);

    void writeStatus(Path root, WorkerStatus status);

    ChannelFile<WorkerStatus> readStatus(Path root, MilestoneId milestone);

    void deleteStatus(Path root, MilestoneId milestone);

    /** Replaces any signal still waiting: one slot per milestone. */
    void sendSignal(Path root, MilestoneId milestone, WorkerSignal signal);

    ChannelFile<WorkerSignal> readSignal(Path root, MilestoneId milestone);

    void deleteSignal(Path root, MilestoneId milestone);

    /**
     * Claims the waiting signal: returns it and removes it in one step, so a signal sent after the claim waits for
     * the next one instead of being deleted unread. Empty when none waits or it cannot be understood (then it is
     * removed too).
     */
    java.util.Optional<WorkerSignal> takeSignal(Path root, MilestoneId milestone);

    SignalWatch watchSignals(Path root, MilestoneId milestone);

    /**
     * The agent's stdout log, read from its current end: what earlier attempts wrote there is theirs and must not be
     * counted again. Open it before launching the agent.
     */
    AgentOutput agentOutput(Path root, MilestoneId milestone);

    /**
     * Takes the milestone's session lock and writes {@code content} to the worktree's {@code auto.lock}.
     *
     * @throws SessionHeld if another live process holds it
     */
    SessionLock lockSession(Path root, MilestoneId milestone, AutoLock content);

    /**
     * True if some live process holds the milestone's session lock right now. Asks the operating system, so a holder
     * killed a moment ago reads as not holding it.
     */
    boolean isSessionHeld(Path root, MilestoneId milestone);

    ChannelFile<AutoLock> readAutoLock(Path root, MilestoneId milestone);

    /**
     * Adds or replaces {@code unit} in the worktree's {@code metrics.json}, keeping every other unit (GSD's own
     * writers may share the file), creating the file with {@code projectStartedAt} if it is missing.
     */
    void recordUnit(Path root, MilestoneId milestone, UnitMetrics unit, java.time.Instant projectStartedAt);

    ChannelFile<Metrics> readMetrics(Path root, MilestoneId milestone);
}
