package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.planning.Planning;
import dev.gsd.parallel.application.worker.WorkerHost;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application's use cases the verbs call; bootstrap builds them on the real adapters, tests on twins.
 *
 * @param workerHost a fresh {@link WorkerHost} per {@code gsd worker} (a host serves one milestone once)
 */
public record UseCases(Planning planning, Supplier<WorkerHost> workerHost) {

    public UseCases {
        Objects.requireNonNull(planning, "planning");
        Objects.requireNonNull(workerHost, "workerHost");
    }

    /** Use cases without worker hosting, for tests of the other verbs. */
    public UseCases(Planning planning) {
        this(planning, () -> {
            throw new IllegalStateException("worker hosting is not wired in this build");
        });
    }
}
