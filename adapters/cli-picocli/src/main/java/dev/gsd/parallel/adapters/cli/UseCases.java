package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.agent.SimulatedAgent;
import dev.gsd.parallel.application.merge.Merging;
import dev.gsd.parallel.application.planning.Planning;
import dev.gsd.parallel.application.worker.WorkerHost;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application's use cases the verbs call; bootstrap builds them on the real adapters, tests on twins.
 *
 * @param workerHost a fresh {@link WorkerHost} per {@code gsd worker} (a host serves one milestone once)
 */
public record UseCases(Planning planning, Merging merging, SimulatedAgent simulatedAgent,
                       Supplier<WorkerHost> workerHost) {

    public UseCases {
        Objects.requireNonNull(planning, "planning");
        Objects.requireNonNull(merging, "merging");
        Objects.requireNonNull(simulatedAgent, "simulatedAgent");
        Objects.requireNonNull(workerHost, "workerHost");
    }
}
