package dev.gsd.parallel.application.preferences;

import dev.gsd.parallel.application.ReadResult;
import java.nio.file.Path;
import java.util.List;

/** Preferences that are what the test says they are. */
public final class FixedPreferenceFiles implements PreferenceFiles {

    private final Preferences preferences;
    private final List<String> warnings;

    public FixedPreferenceFiles(Preferences preferences, List<String> warnings) {
        this.preferences = preferences;
        this.warnings = List.copyOf(warnings);
    }

    /** The defaults with {@code parallel.enabled} as given. */
    public static FixedPreferenceFiles parallelEnabled(boolean enabled) {
        ParallelPreferences d = ParallelPreferences.defaults();
        return new FixedPreferenceFiles(new Preferences(new ParallelPreferences(enabled, d.maxWorkers(),
                d.budgetCeiling(), d.mergeStrategy(), d.autoMerge(), d.workerCommand(), d.workerModel(),
                d.heartbeatIntervalMs(), d.staleAfterMs(), d.maxRestarts()), GitPreferences.defaults()), List.of());
    }

    @Override
    public ReadResult<Preferences> read(Path root) {
        return new ReadResult<>(preferences, warnings);
    }
}
