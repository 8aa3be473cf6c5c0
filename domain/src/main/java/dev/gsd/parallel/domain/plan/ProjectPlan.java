package dev.gsd.parallel.domain.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * All milestones of a project in queue order, with declarations that hold together: ids are unique, every
 * dependency names a milestone of the project, and dependencies form no cycle.
 *
 * <p>Statuses are decided over <em>all</em> milestones, never over a subset: a milestone's dependency is met only
 * when that milestone is complete, whatever else is being looked at (GSD's locked-worker filter got this wrong).
 */
public final class ProjectPlan {

    private final Map<MilestoneId, MilestonePlan> milestones;

    private ProjectPlan(Map<MilestoneId, MilestonePlan> milestones) {
        this.milestones = milestones;
    }

    /**
     * The plan of {@code inQueueOrder}.
     *
     * @throws InvalidPlan if an id appears twice, a dependency names no milestone, or dependencies form a cycle
     */
    public static ProjectPlan of(List<MilestonePlan> inQueueOrder) {
        Map<MilestoneId, MilestonePlan> byId = new LinkedHashMap<>();
        for (MilestonePlan milestone : inQueueOrder) {
            if (byId.putIfAbsent(milestone.id(), milestone) != null) {
                throw new InvalidPlan(milestone.id(), "milestone " + milestone.id() + " appears twice");
            }
        }
        for (MilestonePlan milestone : inQueueOrder) {
            for (MilestoneId dependency : milestone.dependsOn()) {
                if (!byId.containsKey(dependency)) {
                    throw new InvalidPlan(milestone.id(), milestone.id() + " depends on " + dependency
                            + ", which is not a milestone of this project");
                }
            }
        }
        findCycle(byId).ifPresent(cycle -> {
            throw new InvalidPlan(cycle.get(0), "milestones depend on each other in a cycle: "
                    + cycle.stream().map(MilestoneId::value).collect(Collectors.joining(" -> ")));
        });
        return new ProjectPlan(byId);
    }

    /** Every milestone, in queue order. */
    public List<MilestonePlan> milestones() {
        return List.copyOf(milestones.values());
    }

    public Optional<MilestonePlan> find(MilestoneId id) {
        return Optional.ofNullable(milestones.get(id));
    }

    public MilestoneStatus status(MilestoneId id) {
        MilestonePlan milestone = require(id);
        if (milestone.summary() == Summary.TERMINAL) {
            return MilestoneStatus.COMPLETE;
        }
        if (milestone.parked()) {
            return MilestoneStatus.PARKED;
        }
        if (!milestone.planned()) {
            return MilestoneStatus.GHOST;
        }
        return unmetDependencies(id).isEmpty() ? MilestoneStatus.ACTIVE : MilestoneStatus.PENDING;
    }

    /** The dependencies of {@code id} that are not complete, in declared order. */
    public List<MilestoneId> unmetDependencies(MilestoneId id) {
        List<MilestoneId> unmet = new ArrayList<>();
        for (MilestoneId dependency : require(id).dependsOn()) {
            if (require(dependency).summary() != Summary.TERMINAL) {
                unmet.add(dependency);
            }
        }
        return unmet;
    }

    private MilestonePlan require(MilestoneId id) {
        MilestonePlan milestone = milestones.get(id);
        if (milestone == null) {
            throw new IllegalArgumentException("no milestone " + id + " in this project");
        }
        return milestone;
    }

    /** A dependency cycle as the path that closes it ({@code M001 -> M002 -> M001}), if there is one. */
    private static Optional<List<MilestoneId>> findCycle(Map<MilestoneId, MilestonePlan> byId) {
        Map<MilestoneId, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the path, 2: done
        for (MilestoneId start : byId.keySet()) {
            List<MilestoneId> path = new ArrayList<>();
            Optional<List<MilestoneId>> cycle = visit(start, byId, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<MilestoneId>> visit(MilestoneId id, Map<MilestoneId, MilestonePlan> byId,
            Map<MilestoneId, Integer> state, List<MilestoneId> path) {
        Integer seen = state.get(id);
        if (seen != null && seen == 2) {
            return Optional.empty();
        }
        if (seen != null) {
            List<MilestoneId> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            return Optional.of(cycle);
        }
        state.put(id, 1);
        path.add(id);
        for (MilestoneId dependency : byId.get(id).dependsOn()) {
            Optional<List<MilestoneId>> cycle = visit(dependency, byId, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        return Optional.empty();
    }
}
