package dev.gsd.parallel.simagent;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.agent.SimAgentSettings;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What this agent will do, once options, environment and defaults are combined. For each setting the first of these
 * wins: the option; {@code GSD_SIM_<NAME>_<MID>} (present, even empty: empty switches it off for that milestone);
 * {@code GSD_SIM_<NAME>} (empty counts as unset); the default. With {@code GSD_SIM_ONCE} on, a failure, crash or hang
 * (from either source) applies only to attempt 1 ({@code GSD_WORKER_ATTEMPT} 1 or unset), so a restarted agent can
 * finish.
 */
record Script(
        MilestoneId milestone,
        long taskMillis,
        BigDecimal costPerTask,
        Optional<TaskRef> failAt,
        Optional<TaskRef> crashAt,
        Optional<TaskRef> hangAt,
        boolean ignoreSigterm) {

    static final long DEFAULT_TASK_MILLIS = 200;
    static final BigDecimal DEFAULT_COST_PER_TASK = new BigDecimal("0.01");

    static Script resolve(final SimAgentSettings settings, final Map<String, String> environment) {
        final MilestoneId milestone = milestone(environment);
        final Inherited inherited = new Inherited(environment, milestone);
        final boolean disruptions = !inherited.flag("GSD_SIM_ONCE") || attempt(environment) <= 1;
        return new Script(
                milestone,
                settings.taskMillis().isPresent() ? settings.taskMillis().getAsLong()
                        : inherited.value("GSD_SIM_TASK_MS")
                        .map(text -> millis(inherited.nameOf("GSD_SIM_TASK_MS"), text)).orElse(DEFAULT_TASK_MILLIS),
                settings.costPerTask().or(() -> inherited.value("GSD_SIM_COST_PER_TASK")
                        .map(text -> cost(inherited.nameOf("GSD_SIM_COST_PER_TASK"), text)))
                        .orElse(DEFAULT_COST_PER_TASK),
                disruption(settings.failAt(), inherited, "GSD_SIM_FAIL_AT", disruptions),
                disruption(settings.crashAt(), inherited, "GSD_SIM_CRASH_AT", disruptions),
                disruption(settings.hangAt(), inherited, "GSD_SIM_HANG_AT", disruptions),
                settings.ignoreSigterm() || inherited.flag("GSD_SIM_IGNORE_SIGTERM"));
    }

    private static MilestoneId milestone(final Map<String, String> environment) {
        final String lock = environment.get("GSD_MILESTONE_LOCK");
        if (lock == null || lock.isEmpty()) {
            throw new BadInput("GSD_MILESTONE_LOCK is not set: gsd sim-agent works on the milestone it names, in that"
                    + " milestone's worktree (gsd worker sets it; by hand: GSD_MILESTONE_LOCK=M001 gsd sim-agent)");
        }
        return MilestoneId.parse(lock).orElseThrow(() -> new BadInput("GSD_MILESTONE_LOCK=" + lock
                + " is not a milestone id (M001 or M001-abc123)"));
    }

    private static int attempt(final Map<String, String> environment) {
        final String attempt = environment.get("GSD_WORKER_ATTEMPT");
        if (attempt == null || attempt.isEmpty()) {
            return 1;
        }
        try {
            return Integer.parseInt(attempt);
        } catch (final NumberFormatException e) {
            throw new BadInput("GSD_WORKER_ATTEMPT=" + attempt + " is not a number (1 for a first start)");
        }
    }

    private static Optional<TaskRef> disruption(final Optional<String> option, final Inherited inherited,
                                                final String name, final boolean applies) {
        if (!applies) {
            return Optional.empty();
        }
        if (option.isPresent()) {
            return option.map(TaskRef::parse);
        }
        return inherited.value(name).map(text -> {
            if (!SimAgentSettings.isTask(text)) {
                throw new BadInput(inherited.nameOf(name) + "=" + text + " is not a task: write it as S01/T02");
            }
            return TaskRef.parse(text);
        });
    }

    private static long millis(final String name, final String text) {
        try {
            final long millis = Long.parseLong(text);
            if (millis >= 0) {
                return millis;
            }
        } catch (final NumberFormatException e) {
            // reported below
        }
        throw new BadInput(name + "=" + text + " is not a number of milliseconds (0 or more)");
    }

    private static BigDecimal cost(final String name, final String text) {
        try {
            final BigDecimal cost = new BigDecimal(text);
            if (cost.signum() >= 0) {
                return cost;
            }
        } catch (final NumberFormatException e) {
            // reported below
        }
        throw new BadInput(name + "=" + text + " is not an amount in USD (0 or more, e.g. 0.01)");
    }

    /** The {@code GSD_SIM_*} variables as seen by one milestone. */
    private static final class Inherited {

        private final Map<String, String> environment;
        private final String suffix;

        Inherited(final Map<String, String> environment, final MilestoneId milestone) {
            this.environment = environment;
            this.suffix = "_" + milestone.value();
        }

        Optional<String> value(final String name) {
            final String own = environment.get(name + suffix);
            if (own != null) {
                return own.isEmpty() ? Optional.empty() : Optional.of(own);
            }
            return Optional.ofNullable(environment.get(name)).filter(text -> !text.isEmpty());
        }

        /** The variable that {@link #value} read, for messages. */
        String nameOf(final String name) {
            return environment.containsKey(name + suffix) ? name + suffix : name;
        }

        boolean flag(final String name) {
            return value(name).map(text -> {
                switch (text.toLowerCase(Locale.ROOT)) {
                    case "1":
                    case "true":
                    case "yes":
                        return true;
                    case "0":
                    case "false":
                    case "no":
                        return false;
                    default:
                        throw new BadInput(nameOf(name) + "=" + text + " is not a switch: use 1 (on) or 0 (off)");
                }
            }).orElse(false);
        }
    }
}
