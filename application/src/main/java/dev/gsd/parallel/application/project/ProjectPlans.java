package dev.gsd.parallel.application.project;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.ReadResult;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import java.nio.file.Path;

/**
 * The plans of a GSD project as GSD itself writes them under {@code .gsd/}. Read only: the orchestrator never
 * rewrites a project's planning files.
 */
public interface ProjectPlans {

    /**
     * The root of the project that holds {@code directory}: the nearest directory at or above it that has a
     * {@code .gsd/} directory; from inside {@code .gsd/worktrees/<MID>/…}, the project that owns the worktree.
     *
     * @throws BadInput if there is no project there
     */
    Path locateRoot(Path directory);

    /**
     * Every milestone of the project at {@code root}, in queue order. Directories whose names are not milestone ids
     * are left out with a warning.
     *
     * @throws BadInput naming the file, if a planning file cannot be read or contradicts another
     */
    ReadResult<ProjectPlan> read(Path root);
}
