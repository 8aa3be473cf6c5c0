package dev.gsd.parallel.application.agent;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * What {@code gsd sim-agent}'s options say; an absent value is left to the environment ({@code GSD_SIM_*}), then to
 * the defaults. Options win over the environment: the command line is the explicit instruction, the environment is
 * inherited by every worker of a run.
 *
 * @param taskMillis    how long a task takes
 * @param costPerTask   USD reported per task
 * @param failAt        exit 1 at this task ({@code S01/T02})
 * @param crashAt       SIGKILL itself at this task, after writing the task's lines and before committing
 * @param hangAt        stop making progress at this task
 * @param ignoreSigterm ignore SIGTERM ({@code false}: leave it to the environment)
 */
public record SimAgentSettings(
        OptionalLong taskMillis,
        Optional<BigDecimal> costPerTask,
        Optional<String> failAt,
        Optional<String> crashAt,
        Optional<String> hangAt,
        boolean ignoreSigterm) {

    private static final Pattern TASK = Pattern.compile("S\\d+/T\\d+");

    public SimAgentSettings {
        Objects.requireNonNull(taskMillis, "taskMillis");
        Objects.requireNonNull(costPerTask, "costPerTask");
        Objects.requireNonNull(failAt, "failAt");
        Objects.requireNonNull(crashAt, "crashAt");
        Objects.requireNonNull(hangAt, "hangAt");
        taskMillis.ifPresent(millis -> require(millis >= 0, "the task time must be 0 or more milliseconds"));
        costPerTask.ifPresent(cost -> require(cost.signum() >= 0, "the cost per task must be 0 or more"));
        failAt.ifPresent(SimAgentSettings::requireTask);
        crashAt.ifPresent(SimAgentSettings::requireTask);
        hangAt.ifPresent(SimAgentSettings::requireTask);
    }

    /** No option given: the environment and the defaults decide everything. */
    public static SimAgentSettings none() {
        return new SimAgentSettings(OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
    }

    /** {@code S01/T02}: a slice id and a task id of one milestone. */
    public static boolean isTask(final String text) {
        return text != null && TASK.matcher(text).matches();
    }

    private static void requireTask(final String text) {
        require(isTask(text), "'" + text + "' is not a task: write it as S01/T02");
    }

    private static void require(final boolean condition, final String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
