package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.agent.SimulatedAgent;
import dev.gsd.parallel.application.git.InMemoryWorktrees;
import dev.gsd.parallel.application.merge.Merging;
import dev.gsd.parallel.application.planning.Planning;
import dev.gsd.parallel.application.preferences.FixedPreferenceFiles;
import dev.gsd.parallel.application.project.InMemoryProjectPlans;
import dev.gsd.parallel.application.worker.WorkerHost;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Use cases over in-memory projects, so verbs can be tested without files. */
final class TestProjects {

    private TestProjects() {
    }

    static UseCases emptyProjectAt(final Path root) {
        return project(root, ProjectPlan.of(List.of()), true);
    }

    static UseCases project(final Path root, final ProjectPlan plan, final boolean parallelEnabled) {
        final InMemoryProjectPlans plans = new InMemoryProjectPlans(root, plan, List.of());
        final FixedPreferenceFiles preferences = FixedPreferenceFiles.parallelEnabled(parallelEnabled);
        return new UseCases(new Planning(plans, preferences),
                new Merging(plans, preferences, new NoMilestoneBranches(), new InMemoryWorktrees()),
                NO_AGENT, NO_WORKER_HOST);
    }

    /** Verbs under test never run the simulated agent; if one does, it fails as a bug would. */
    static final SimulatedAgent NO_AGENT = (settings, environment, directory, ndjson) -> {
        throw new IllegalStateException("no simulated agent is wired in");
    };

    /** Verbs under test never host a worker unless the test wires one. */
    static final Supplier<WorkerHost> NO_WORKER_HOST = () -> {
        throw new IllegalStateException("worker hosting is not wired in");
    };

    static UseCases withAgent(final UseCases useCases, final SimulatedAgent agent) {
        return new UseCases(useCases.planning(), useCases.merging(), agent, useCases.workerHost());
    }

    static UseCases withWorkerHost(final UseCases useCases, final Supplier<WorkerHost> workerHost) {
        return new UseCases(useCases.planning(), useCases.merging(), useCases.simulatedAgent(), workerHost);
    }
}
