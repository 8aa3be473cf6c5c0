package dev.gsd.parallel.domain.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Terse builders for plans in tests. */
final class Plans {

    private Plans() {
    }

    static MilestoneId id(String value) {
        return new MilestoneId(value);
    }

    static List<MilestoneId> ids(String... values) {
        return Arrays.stream(values).map(MilestoneId::new).toList();
    }

    static MilestonePlan planned(String id, String... dependsOn) {
        return new MilestonePlan(id(id), "Title of " + id, ids(dependsOn), List.of(), Summary.ABSENT, false, true,
                Optional.empty());
    }

    static MilestonePlan complete(String id, String... dependsOn) {
        return new MilestonePlan(id(id), "Title of " + id, ids(dependsOn), List.of(), Summary.TERMINAL, false, true,
                Optional.empty());
    }

    static MilestonePlan parked(String id) {
        return new MilestonePlan(id(id), "Title of " + id, List.of(), List.of(), Summary.ABSENT, true, true,
                Optional.empty());
    }

    static MilestonePlan touching(String id, String... files) {
        TaskPlan task = new TaskPlan("T01", "Task", false, List.of(files));
        return new MilestonePlan(id(id), "Title of " + id, List.of(), List.of(new SlicePlan("S01", "Slice", false,
                List.of(task))), Summary.ABSENT, false, true, Optional.empty());
    }
}
