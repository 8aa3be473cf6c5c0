package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.agent.SimulatedAgent;
import dev.gsd.parallel.application.planning.Planning;
import java.util.Objects;

/** The application's use cases the verbs call; bootstrap builds them on the real adapters, tests on twins. */
public record UseCases(Planning planning, SimulatedAgent simulatedAgent) {

    public UseCases {
        Objects.requireNonNull(planning, "planning");
        Objects.requireNonNull(simulatedAgent, "simulatedAgent");
    }

    /** For tests of verbs that never run the simulated agent: {@code gsd sim-agent} then fails as a bug would. */
    public UseCases(final Planning planning) {
        this(planning, (settings, environment, directory, ndjson) -> {
            throw new IllegalStateException("no simulated agent is wired in");
        });
    }
}
