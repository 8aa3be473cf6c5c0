package dev.gsd.parallel.domain.plan;

/** A milestone's status in the queue, by GSD's markdown rules evaluated over all milestones. */
public enum MilestoneStatus {
    /** Its summary is terminal. */
    COMPLETE,
    /** It has a PARKED file and is not complete. */
    PARKED,
    /** A directory with no planning file. */
    GHOST,
    /** Not complete or parked, and every dependency is complete: it could run now. */
    ACTIVE,
    /** Some dependency is not complete. */
    PENDING;

    /** The word GSD and our JSON use: {@code complete}, {@code parked}, … */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
