package dev.gsd.parallel.application.preferences;

import java.util.Objects;
import java.util.Optional;

/** The {@code git:} keys the orchestrator uses. {@code mainBranch} is the integration branch when a milestone's
 * META.json names none. */
public record GitPreferences(Optional<String> mainBranch) {

    public GitPreferences {
        Objects.requireNonNull(mainBranch, "mainBranch");
    }

    public static GitPreferences defaults() {
        return new GitPreferences(Optional.empty());
    }
}
