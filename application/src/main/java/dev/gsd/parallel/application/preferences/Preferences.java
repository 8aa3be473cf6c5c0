package dev.gsd.parallel.application.preferences;

import java.util.Objects;

/** The preferences the orchestrator uses; everything else in the files belongs to GSD. */
public record Preferences(ParallelPreferences parallel, GitPreferences git) {

    public Preferences {
        Objects.requireNonNull(parallel, "parallel");
        Objects.requireNonNull(git, "git");
    }

    public static Preferences defaults() {
        return new Preferences(ParallelPreferences.defaults(), GitPreferences.defaults());
    }
}
