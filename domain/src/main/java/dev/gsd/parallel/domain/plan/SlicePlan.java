package dev.gsd.parallel.domain.plan;

import java.util.List;
import java.util.Objects;

/** One slice of a roadmap: {@code - [x] **S01: Title**} and the tasks of its {@code S01-PLAN.md}. */
public record SlicePlan(String id, String title, boolean done, List<TaskPlan> tasks) {

    public SlicePlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        tasks = List.copyOf(tasks);
    }
}
