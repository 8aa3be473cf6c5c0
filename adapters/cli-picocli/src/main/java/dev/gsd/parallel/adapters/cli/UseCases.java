package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.agent.SimulatedAgent;
import dev.gsd.parallel.application.merge.Merging;
import dev.gsd.parallel.application.planning.Planning;
import java.util.Objects;

/** The application's use cases the verbs call; bootstrap builds them on the real adapters, tests on twins. */
public record UseCases(Planning planning, Merging merging, SimulatedAgent simulatedAgent) {

    public UseCases {
        Objects.requireNonNull(planning, "planning");
        Objects.requireNonNull(merging, "merging");
        Objects.requireNonNull(simulatedAgent, "simulatedAgent");
    }
}
