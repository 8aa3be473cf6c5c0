package dev.gsd.parallel.application.git;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a squash merge of {@code milestone/<MID>} into the integration branch did. A conflict is a result, not an
 * exception: nothing was changed.
 */
public sealed interface SquashMerge {

    /**
     * One commit was added to the integration branch, and the project root's index and working tree follow it.
     *
     * @param codeChanged whether any path outside {@code .gsd/} changed
     */
    record Committed(String commit, boolean codeChanged, List<String> changedPaths) implements SquashMerge {
        public Committed {
            Objects.requireNonNull(commit, "commit");
            changedPaths = List.copyOf(changedPaths);
        }
    }

    /** The integration branch already holds everything the milestone branch has; nothing was added. */
    record NothingToMerge(Optional<String> earlierMerge) implements SquashMerge {
        public NothingToMerge {
            Objects.requireNonNull(earlierMerge, "earlierMerge");
        }
    }

    /** Files outside {@code .gsd/} conflict; the integration branch, index and working tree are as before. */
    record Conflict(List<String> files) implements SquashMerge {
        public Conflict {
            files = List.copyOf(files);
        }
    }
}
