package dev.gsd.parallel.application.merge;

import dev.gsd.parallel.domain.plan.MilestoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What merging one milestone came to.
 *
 * @param commit  the squash commit added, or for {@link Outcome#ALREADY_MERGED} the earlier one when known
 * @param files   the conflicting files of a {@link Outcome#CONFLICT}
 * @param message why a {@link Outcome#REFUSED} merge was refused; empty otherwise
 */
public record MergeResult(MilestoneId milestone, Outcome outcome, Optional<String> commit, List<String> files,
        String message) {

    /** The outcomes, named as the JSON output names them. */
    public enum Outcome {
        /** One commit with code changes was added. */
        MERGED("merged"),
        /** The integration branch already had the milestone's work; nothing was added. */
        ALREADY_MERGED("already-merged"),
        /** The milestone changed no code: only {@code .gsd/} files were committed, or nothing at all. */
        NO_CHANGES("no-changes"),
        /** Code conflicts; nothing was changed and the branch waits for a person. */
        CONFLICT("conflict"),
        /** The merge was refused (for example, it would overwrite an uncommitted file); nothing was changed. */
        REFUSED("refused");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public MergeResult {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(commit, "commit");
        files = List.copyOf(files);
        Objects.requireNonNull(message, "message");
    }

    static MergeResult of(MilestoneId milestone, Outcome outcome, Optional<String> commit) {
        return new MergeResult(milestone, outcome, commit, List.of(), "");
    }
}
