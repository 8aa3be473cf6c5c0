package dev.gsd.parallel.simagent;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.agent.SimAgentSettings;
import dev.gsd.parallel.application.agent.SimulatedAgent;
import dev.gsd.parallel.application.project.ProjectPlans;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link SimulatedAgent} on a git worktree: reads the milestone's plan from the worktree's own {@code .gsd/} (the
 * milestone branch's copy, not the project root's), then lets a {@link Session} work through it.
 */
final class GitSimulatedAgent implements SimulatedAgent {

    private final ProjectPlans plans;
    private final Body body;

    GitSimulatedAgent(final ProjectPlans plans, final Body body) {
        this.plans = plans;
        this.body = body;
    }

    @Override
    public Outcome run(final SimAgentSettings settings, final Map<String, String> environment, final Path directory,
                   final Consumer<String> ndjson) {
        final Script script = Script.resolve(settings, environment);
        if (script.ignoreSigterm()) {
            body.ignoreSigterm();
        }
        final Git git = Git.around(directory);
        final Worktree worktree = new Worktree(git.root(), script.milestone());
        final MilestonePlan plan = plans.read(git.root()).value().find(script.milestone()).orElseThrow(
                () -> new BadInput("milestone " + script.milestone() + " is not a milestone of the project in "
                        + git.root() + " (is GSD_MILESTONE_LOCK right?)"));
        return new Session(script, plan, worktree, git, body, ndjson).run();
    }
}
