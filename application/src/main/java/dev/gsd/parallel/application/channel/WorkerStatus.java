package dev.gsd.parallel.application.channel;

import dev.gsd.parallel.domain.plan.MilestoneId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code .gsd/parallel/<MID>.status.json}: the worker's heartbeat, with the original's fields exactly.
 *
 * @param pid           the worker process ({@code gsd worker}), not the agent; 0 if it never started
 * @param cost          USD spent by the agent so far
 * @param lastHeartbeat when the worker last wrote this file (milliseconds on disk)
 * @param worktreePath  absolute
 */
public record WorkerStatus(MilestoneId milestoneId, long pid, StatusState state, Optional<CurrentUnit> currentUnit,
                           int completedUnits, BigDecimal cost, Instant lastHeartbeat, Instant startedAt,
                           Path worktreePath) {

    public WorkerStatus {
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(currentUnit, "currentUnit");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(lastHeartbeat, "lastHeartbeat");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(worktreePath, "worktreePath");
    }
}
