package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.domain.plan.EligibilityReport;
import dev.gsd.parallel.domain.plan.EligibilityReport.Overlap;
import dev.gsd.parallel.domain.plan.EligibilityReport.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The eligibility report in GSD's own layout (markdown, lines joined by newlines), and as JSON. */
final class EligibilityReportText {

    private EligibilityReportText() {
    }

    static String text(final EligibilityReport report) {
        final List<String> lines = new ArrayList<>();
        lines.add("# Parallel Eligibility Report");
        lines.add("");
        lines.add("## Eligible for Parallel Execution (" + report.eligible().size() + ")");
        lines.add("");
        if (report.eligible().isEmpty()) {
            lines.add("No milestones are currently eligible for parallel execution.");
        }
        report.eligible().forEach(verdict -> addVerdict(lines, verdict));
        lines.add("");
        lines.add("## Ineligible (" + report.ineligible().size() + ")");
        lines.add("");
        if (report.ineligible().isEmpty()) {
            lines.add("All milestones are eligible.");
        }
        report.ineligible().forEach(verdict -> addVerdict(lines, verdict));
        lines.add("");
        if (!report.overlaps().isEmpty()) {
            lines.add("## File Overlap Warnings (" + report.overlaps().size() + ")");
            lines.add("");
            for (final Overlap overlap : report.overlaps()) {
                lines.add("- **" + overlap.a() + "** <-> **" + overlap.b() + "** — " + overlap.files().size()
                        + " shared file(s):");
                overlap.files().forEach(file -> lines.add("  - `" + file + "`"));
            }
            lines.add("");
        }
        return String.join("\n", lines);
    }

    private static void addVerdict(final List<String> lines, final Verdict verdict) {
        lines.add("- **" + verdict.id() + "** — " + verdict.title());
        lines.add("  " + verdict.reason());
    }

    static Map<String, Object> json(final EligibilityReport report) {
        final Map<String, Object> document = new LinkedHashMap<>();
        document.put("eligible", report.eligible().stream().map(EligibilityReportText::json).toList());
        document.put("ineligible", report.ineligible().stream().map(EligibilityReportText::json).toList());
        document.put("overlaps", report.overlaps().stream().map(EligibilityReportText::json).toList());
        return document;
    }

    private static Map<String, Object> json(final Verdict verdict) {
        final Map<String, Object> milestone = new LinkedHashMap<>();
        milestone.put("id", verdict.id().value());
        milestone.put("title", verdict.title());
        milestone.put("reason", verdict.reason());
        return milestone;
    }

    private static Map<String, Object> json(final Overlap overlap) {
        final Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("a", overlap.a().value());
        pair.put("b", overlap.b().value());
        pair.put("files", overlap.files());
        return pair;
    }
}
