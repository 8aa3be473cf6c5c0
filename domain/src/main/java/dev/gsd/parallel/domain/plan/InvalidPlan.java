package dev.gsd.parallel.domain.plan;

/**
 * The milestones' declarations contradict each other: an id twice, a dependency on no milestone, a dependency
 * cycle. {@link #milestone()} is the milestone whose declaration is at fault, so a reader can name its file.
 */
public final class InvalidPlan extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient MilestoneId milestone;

    public InvalidPlan(MilestoneId milestone, String message) {
        super(message);
        this.milestone = milestone;
    }

    public MilestoneId milestone() {
        return milestone;
    }
}
