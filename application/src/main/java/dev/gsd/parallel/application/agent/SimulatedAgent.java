package dev.gsd.parallel.application.agent;

import dev.gsd.parallel.application.BadInput;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The deterministic agent of DESIGN.md §6: in a milestone worktree it works through the milestone's plan, one commit
 * per task, per slice and for the milestone, and reports each task's cost. It resumes from the plan's checkboxes, so
 * an agent started again after a crash finishes the work without writing anything twice.
 */
public interface SimulatedAgent {

    /**
     * How a run ended: the milestone is complete (it may have been already), or the agent stopped at the task
     * {@code --fail-at} named, with the tasks before it committed; {@code failure} then says where, in one line.
     */
    record Outcome(Optional<String> failure) {

        public Outcome {
            Objects.requireNonNull(failure, "failure");
        }

        public static Outcome completed() {
            return new Outcome(Optional.empty());
        }

        public static Outcome failed(final String failure) {
            return new Outcome(Optional.of(failure));
        }
    }

    /**
     * Works through the milestone {@code GSD_MILESTONE_LOCK} names in the git worktree holding {@code directory}.
     * Never returns when told to crash (the process is killed) or to hang.
     *
     * @param settings    what the command line said; the environment fills in the rest
     * @param environment the process environment: {@code GSD_MILESTONE_LOCK}, {@code GSD_WORKER_ATTEMPT} and the
     *                    {@code GSD_SIM_*} variables
     * @param directory   the worktree, or a directory inside it
     * @param ndjson      receives one NDJSON line per finished task; each line must reach the reader at once
     * @throws BadInput if the milestone, its plan or a {@code GSD_SIM_*} value cannot be used
     */
    Outcome run(SimAgentSettings settings, Map<String, String> environment, Path directory, Consumer<String> ndjson);
}
