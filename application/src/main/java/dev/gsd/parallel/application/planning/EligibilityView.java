package dev.gsd.parallel.application.planning;

import dev.gsd.parallel.application.preferences.Preferences;
import dev.gsd.parallel.domain.plan.EligibilityReport;
import java.nio.file.Path;
import java.util.List;

/** The eligibility report of a project, with the preferences that decide whether a run may start at all. */
public record EligibilityView(Path root, Preferences preferences, EligibilityReport report, List<String> warnings) {

    public EligibilityView {
        warnings = List.copyOf(warnings);
    }
}
