package dev.gsd.parallel.domain.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The commit message of a milestone's squash merge, as GSD writes it: subject {@code feat: <title>}, the completed
 * slices and tasks, and the trailers {@code GSD-Milestone: <MID>} and {@code Branch: milestone/<MID>} that let a later
 * merge recognise the milestone as already merged.
 */
public final class SquashMessage {

    public static final String MILESTONE_TRAILER = "GSD-Milestone: ";

    private SquashMessage() {
    }

    public static String of(MilestonePlan milestone) {
        List<String> slices = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (SlicePlan slice : milestone.slices()) {
            if (slice.done()) {
                slices.add("- " + slice.id() + ": " + slice.title());
            }
            for (TaskPlan task : slice.tasks()) {
                if (task.done()) {
                    tasks.add("- " + slice.id() + "/" + task.id() + ": " + task.title());
                }
            }
        }
        StringBuilder message = new StringBuilder("feat: ").append(milestone.title()).append("\n\n");
        if (!slices.isEmpty()) {
            message.append("Completed slices:\n").append(String.join("\n", slices)).append("\n\n");
        }
        if (!tasks.isEmpty()) {
            message.append("Completed tasks:\n").append(String.join("\n", tasks)).append("\n\n");
        }
        return message.append(MILESTONE_TRAILER).append(milestone.id().value()).append('\n')
                .append("Branch: milestone/").append(milestone.id().value()).append('\n')
                .toString();
    }
}
