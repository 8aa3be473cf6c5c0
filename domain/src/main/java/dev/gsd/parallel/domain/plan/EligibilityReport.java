package dev.gsd.parallel.domain.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which milestones may run in parallel now, and why the others may not, in queue order. Files planned by two
 * eligible milestones only warn: the reason of each such milestone gains the overlap warning and both stay
 * eligible. The reason strings are GSD's, word for word, because users and scripts know them.
 */
public record EligibilityReport(List<Verdict> eligible, List<Verdict> ineligible, List<Overlap> overlaps) {

    public static final String ALL_DEPENDENCIES_SATISFIED = "All dependencies satisfied.";
    public static final String OVERLAP_WARNING = " WARNING: has file overlap with another eligible milestone.";
    public static final String ALREADY_COMPLETE = "Already complete.";
    public static final String PARKED = "Milestone is parked.";
    public static final String NO_PLANNING_DATA = "Milestone has no planning data — cannot determine eligibility.";
    public static final String BLOCKED_BY = "Blocked by incomplete dependencies: ";

    public EligibilityReport {
        eligible = List.copyOf(eligible);
        ineligible = List.copyOf(ineligible);
        overlaps = List.copyOf(overlaps);
    }

    /** A milestone and the reason it is, or is not, eligible. */
    public record Verdict(MilestoneId id, String title, String reason) {
        public Verdict {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Files that two eligible milestones both plan to touch, sorted. */
    public record Overlap(MilestoneId a, MilestoneId b, List<String> files) {
        public Overlap {
            files = List.copyOf(files);
        }
    }

    /** The report over every milestone of {@code plan}. */
    public static EligibilityReport of(ProjectPlan plan) {
        return of(plan, Set.of());
    }

    /**
     * The report over the milestones in {@code only} (every milestone when it is empty). Dependencies are still
     * evaluated over all milestones; overlaps only among the selected.
     */
    public static EligibilityReport of(ProjectPlan plan, Set<MilestoneId> only) {
        List<MilestonePlan> candidates = new ArrayList<>();
        List<Verdict> ineligible = new ArrayList<>();
        for (MilestonePlan milestone : plan.milestones()) {
            if (!only.isEmpty() && !only.contains(milestone.id())) {
                continue;
            }
            Optional<String> refusal = refusal(plan, milestone);
            if (refusal.isPresent()) {
                ineligible.add(new Verdict(milestone.id(), milestone.title(), refusal.get()));
            } else {
                candidates.add(milestone);
            }
        }
        List<Overlap> overlaps = overlaps(candidates);
        Set<MilestoneId> overlapping = new LinkedHashSet<>();
        for (Overlap overlap : overlaps) {
            overlapping.add(overlap.a());
            overlapping.add(overlap.b());
        }
        List<Verdict> eligible = candidates.stream()
                .map(m -> new Verdict(m.id(), m.title(), overlapping.contains(m.id())
                        ? ALL_DEPENDENCIES_SATISFIED + OVERLAP_WARNING : ALL_DEPENDENCIES_SATISFIED))
                .toList();
        return new EligibilityReport(eligible, ineligible, overlaps);
    }

    /** Why {@code milestone} cannot run now; empty when it can. */
    private static Optional<String> refusal(ProjectPlan plan, MilestonePlan milestone) {
        switch (plan.status(milestone.id())) {
            case GHOST:
                return Optional.of(NO_PLANNING_DATA);
            case COMPLETE:
                return Optional.of(ALREADY_COMPLETE);
            case PARKED:
                return Optional.of(PARKED);
            case PENDING:
                return Optional.of(BLOCKED_BY + plan.unmetDependencies(milestone.id()).stream()
                        .map(MilestoneId::value).collect(Collectors.joining(", ")) + ".");
            case ACTIVE:
                return Optional.empty();
            default:
                throw new IllegalStateException("unhandled status " + plan.status(milestone.id()));
        }
    }

    private static List<Overlap> overlaps(List<MilestonePlan> eligible) {
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            Set<String> first = eligible.get(i).plannedFiles();
            for (int j = i + 1; j < eligible.size(); j++) {
                Set<String> shared = new TreeSet<>(eligible.get(j).plannedFiles());
                shared.retainAll(first);
                if (!shared.isEmpty()) {
                    overlaps.add(new Overlap(eligible.get(i).id(), eligible.get(j).id(), List.copyOf(shared)));
                }
            }
        }
        return overlaps;
    }
}
