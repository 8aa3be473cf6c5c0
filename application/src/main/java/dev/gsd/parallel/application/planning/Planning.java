package dev.gsd.parallel.application.planning;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.ReadResult;
import dev.gsd.parallel.application.preferences.PreferenceFiles;
import dev.gsd.parallel.application.preferences.Preferences;
import dev.gsd.parallel.application.project.ProjectPlans;
import dev.gsd.parallel.domain.plan.EligibilityReport;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Read-only questions about a project. Both read and validate the preferences first, as every verb does: an
 * invalid preference is an error even where the answer would not use it.
 */
public final class Planning {

    public static final String NOT_ENABLED =
            "Parallel mode is not enabled. Set `parallel.enabled: true` in your preferences.";
    public static final String NOTHING_ELIGIBLE = "No milestones are eligible for parallel execution.";

    private final ProjectPlans plans;
    private final PreferenceFiles preferences;

    public Planning(ProjectPlans plans, PreferenceFiles preferences) {
        this.plans = plans;
        this.preferences = preferences;
    }

    /** The queue of the project that holds {@code directory}. */
    public QueueView queue(Path directory) {
        Project project = read(directory);
        List<QueueView.Entry> entries = new ArrayList<>();
        for (MilestonePlan milestone : project.plan().milestones()) {
            entries.add(new QueueView.Entry(milestone.id(), milestone.title(),
                    project.plan().status(milestone.id()), milestone.dependsOn(),
                    project.plan().unmetDependencies(milestone.id())));
        }
        return new QueueView(project.root(), entries, project.warnings());
    }

    /**
     * The eligibility report of the project that holds {@code directory}, limited to {@code only} when it is not
     * empty. Dependencies are still evaluated over every milestone.
     *
     * @throws BadInput if {@code only} names a milestone the project does not have
     */
    public EligibilityView eligibility(Path directory, Set<MilestoneId> only) {
        Project project = read(directory);
        for (MilestoneId id : only) {
            if (project.plan().find(id).isEmpty()) {
                throw new BadInput("--only names " + id + ", which is not a milestone of this project"
                        + " (see gsd queue)");
            }
        }
        return new EligibilityView(project.root(), project.preferences(),
                EligibilityReport.of(project.plan(), only), project.warnings());
    }

    private Project read(Path directory) {
        Path root = plans.locateRoot(directory);
        ReadResult<Preferences> prefs = preferences.read(root);
        ReadResult<ProjectPlan> plan = plans.read(root);
        List<String> warnings = new ArrayList<>(prefs.warnings());
        warnings.addAll(plan.warnings());
        return new Project(root, prefs.value(), plan.value(), warnings);
    }

    private record Project(Path root, Preferences preferences, ProjectPlan plan, List<String> warnings) {
    }
}
