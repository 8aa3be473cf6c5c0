package dev.gsd.parallel.application.preferences;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code parallel:} block.
 *
 * @param enabled             {@code enabled}: parallel runs are allowed at all
 * @param maxWorkers          {@code max_workers}: 1–4 workers at once
 * @param budgetCeiling       {@code budget_ceiling}: aggregate USD for a run; none means no limit
 * @param mergeStrategy       {@code merge_strategy}
 * @param autoMerge           {@code auto_merge}
 * @param workerCommand       {@code worker_command}: the agent command; {@code {gsd}} stands for this program
 * @param workerModel         {@code worker_model}: passed to workers as {@code GSD_WORKER_MODEL}
 * @param heartbeatIntervalMs {@code heartbeat_interval_ms}
 * @param staleAfterMs        {@code stale_after_ms}: a live worker with an older heartbeat is hung
 * @param maxRestarts         {@code max_restarts}: restarts of a crashed worker before it counts as failed
 */
public record ParallelPreferences(
        boolean enabled,
        int maxWorkers,
        Optional<BigDecimal> budgetCeiling,
        MergeStrategy mergeStrategy,
        AutoMerge autoMerge,
        String workerCommand,
        Optional<String> workerModel,
        long heartbeatIntervalMs,
        long staleAfterMs,
        int maxRestarts) {

    public static final int MIN_WORKERS = 1;
    public static final int MAX_WORKERS = 4;
    public static final String DEFAULT_WORKER_COMMAND = "gsd headless --json auto";

    public ParallelPreferences {
        if (maxWorkers < MIN_WORKERS || maxWorkers > MAX_WORKERS) {
            throw new IllegalArgumentException("max_workers must be 1-4, got " + maxWorkers);
        }
        Objects.requireNonNull(budgetCeiling, "budgetCeiling");
        Objects.requireNonNull(mergeStrategy, "mergeStrategy");
        Objects.requireNonNull(autoMerge, "autoMerge");
        Objects.requireNonNull(workerCommand, "workerCommand");
        Objects.requireNonNull(workerModel, "workerModel");
    }

    public static ParallelPreferences defaults() {
        return new ParallelPreferences(false, 2, Optional.empty(), MergeStrategy.PER_MILESTONE, AutoMerge.CONFIRM,
                DEFAULT_WORKER_COMMAND, Optional.empty(), 1000, 15000, 1);
    }

    /** How finished work is merged. */
    public enum MergeStrategy {
        PER_MILESTONE("per-milestone"),
        PER_SLICE("per-slice");

        private final String word;

        MergeStrategy(String word) {
            this.word = word;
        }

        /** The word used in the preference file. */
        public String word() {
            return word;
        }
    }

    /** When finished milestones are merged. */
    public enum AutoMerge {
        AUTO("auto"),
        CONFIRM("confirm"),
        MANUAL("manual");

        private final String word;

        AutoMerge(String word) {
            this.word = word;
        }

        /** The word used in the preference file. */
        public String word() {
            return word;
        }
    }
}
