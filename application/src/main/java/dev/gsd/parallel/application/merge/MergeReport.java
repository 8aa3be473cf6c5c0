package dev.gsd.parallel.application.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The results of one {@code gsd parallel merge}, in the order the merges ran, and the warnings met on the way. */
public record MergeReport(Path root, List<MergeResult> results, List<String> warnings) {

    public MergeReport {
        Objects.requireNonNull(root, "root");
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }

    public boolean any(MergeResult.Outcome outcome) {
        return results.stream().anyMatch(result -> result.outcome() == outcome);
    }
}
