package dev.gsd.parallel.domain.plan;

import java.util.List;
import java.util.Objects;

/** One task of a slice plan: {@code - [x] **T01: Title**} and the files its {@code Files:} line names. */
public record TaskPlan(String id, String title, boolean done, List<String> files) {

    public TaskPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        files = List.copyOf(files);
    }
}
