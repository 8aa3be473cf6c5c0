package dev.gsd.parallel.application.project;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.ReadResult;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import java.nio.file.Path;
import java.util.List;

/** A project whose plan is given, rooted at one directory; any directory at or under the root belongs to it. */
public final class InMemoryProjectPlans implements ProjectPlans {

    private final Path root;
    private final ProjectPlan plan;
    private final List<String> warnings;

    public InMemoryProjectPlans(Path root, ProjectPlan plan, List<String> warnings) {
        this.root = root.toAbsolutePath().normalize();
        this.plan = plan;
        this.warnings = List.copyOf(warnings);
    }

    @Override
    public Path locateRoot(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            throw new BadInput("no GSD project at or above " + directory + ": no .gsd directory found");
        }
        return root;
    }

    @Override
    public ReadResult<ProjectPlan> read(Path projectRoot) {
        return new ReadResult<>(plan, warnings);
    }
}
