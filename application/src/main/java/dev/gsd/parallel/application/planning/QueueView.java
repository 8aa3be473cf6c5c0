package dev.gsd.parallel.application.planning;

import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.MilestoneStatus;
import java.nio.file.Path;
import java.util.List;

/** The milestones of a project in queue order, as {@code gsd queue} shows them. */
public record QueueView(Path root, List<Entry> milestones, List<String> warnings) {

    public QueueView {
        milestones = List.copyOf(milestones);
        warnings = List.copyOf(warnings);
    }

    /** One milestone: what it is, where it stands, and what it still waits for. */
    public record Entry(MilestoneId id, String title, MilestoneStatus status, List<MilestoneId> dependsOn,
            List<MilestoneId> unmetDependencies) {

        public Entry {
            dependsOn = List.copyOf(dependsOn);
            unmetDependencies = List.copyOf(unmetDependencies);
        }
    }
}
