package dev.gsd.parallel.simagent;

import dev.gsd.parallel.application.agent.SimulatedAgent;
import dev.gsd.parallel.application.project.ProjectPlans;
import java.util.Objects;

/** The way in: the simulated agent of this process, reading plans through {@code plans}. */
public final class SimAgents {

    private SimAgents() {
    }

    public static SimulatedAgent simulatedAgent(final ProjectPlans plans) {
        return new GitSimulatedAgent(Objects.requireNonNull(plans, "plans"), new ThisProcess());
    }
}
