package dev.gsd.parallel.domain.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** GSD's queue order: the ids of {@code QUEUE-ORDER.json} first, as listed, then the rest by number. */
public final class QueueOrder {

    private QueueOrder() {
    }

    /**
     * @param onDisk    the milestones that exist
     * @param preferred the custom order; ids that do not exist are skipped, repeats count once
     */
    public static List<MilestoneId> arrange(Collection<MilestoneId> onDisk, List<MilestoneId> preferred) {
        Set<MilestoneId> ordered = new LinkedHashSet<>();
        for (MilestoneId id : preferred) {
            if (onDisk.contains(id)) {
                ordered.add(id);
            }
        }
        List<MilestoneId> rest = new ArrayList<>(onDisk);
        rest.removeAll(ordered);
        rest.sort(null);
        ordered.addAll(rest);
        return List.copyOf(ordered);
    }
}
