package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.planning.EligibilityView;
import dev.gsd.parallel.application.planning.Planning;
import dev.gsd.parallel.domain.plan.EligibilityReport;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gsd parallel start}: the eligibility report, then the workers. */
@Command(name = "start", description = "Print the eligibility report, then start a worker per eligible milestone.",
        sortOptions = false)
final class ParallelStartCmd implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dry-run", description = "Print the eligibility report only; write nothing.")
    private boolean dryRun;

    @Option(names = "--wait",
            description = "Run in the foreground until no more work can be done (headless/CI mode).")
    private boolean waitForEnd;

    @Option(names = "--max-workers", paramLabel = "N",
            description = "At most N workers at once (1-4; default: parallel.max_workers).")
    private Integer maxWorkers;

    @Option(names = "--only", split = ",", paramLabel = "MID",
            description = "Only these milestones, comma-separated (M001,M002).")
    private List<String> only;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    private boolean yes;

    ParallelStartCmd(final CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        if (maxWorkers != null && (maxWorkers < 1 || maxWorkers > 4)) {
            throw new ParameterException(spec.commandLine(), "--max-workers must be from 1 to 4, got " + maxWorkers);
        }
        final Printer printer = new Printer(spec);
        final EligibilityView view;
        try {
            view = context.useCases().planning().eligibility(context.projectDirectory(), selection());
        } catch (final BadInput refused) {
            summaryIfWaiting(printer, ExitCode.BAD_INPUT, List.of());
            throw refused;
        }
        final boolean enabled = view.preferences().parallel().enabled();
        if (dryRun) {
            printer.warnings(view.warnings());
            report(printer, view.report());
            if (!enabled) {
                printer.warnings(List.of("parallel mode is not enabled, so 'gsd parallel start' would refuse to"
                        + " start (set `parallel.enabled: true` in your preferences)"));
            }
            return ExitCode.SUCCESS.code();
        }
        // A refusal is one line on stderr; warnings about the project would only bury it.
        if (!enabled) {
            summaryIfWaiting(printer, ExitCode.BAD_INPUT, milestoneStates(view.report()));
            printer.error(Planning.NOT_ENABLED);
            return ExitCode.BAD_INPUT.code();
        }
        if (!waitingAsJson()) {
            report(printer, view.report());
        }
        if (view.report().eligible().isEmpty()) {
            summaryIfWaiting(printer, ExitCode.BLOCKED, milestoneStates(view.report()));
            printer.error(Planning.NOTHING_ELIGIBLE);
            return ExitCode.BLOCKED.code();
        }
        return NotImplementedYet.answer(spec, "starting workers is not implemented yet");
    }

    private Set<MilestoneId> selection() {
        final Set<MilestoneId> selected = new LinkedHashSet<>();
        for (final String id : only == null ? List.<String>of() : only) {
            selected.add(MilestoneId.parse(id.strip()).orElseThrow(() -> new BadInput(
                    "--only: '" + id + "' is not a milestone id (M001 or M001-abc123)")));
        }
        return selected;
    }

    private void report(final Printer printer, final EligibilityReport report) {
        if (context.globalOptions().json()) {
            printer.json(EligibilityReportText.json(report));
        } else {
            printer.line(EligibilityReportText.text(report));
        }
    }

    private boolean waitingAsJson() {
        return waitForEnd && context.globalOptions().json();
    }

    /** {@code --wait --json} ends with a summary line even when the run is refused before it starts. */
    private void summaryIfWaiting(final Printer printer, final ExitCode exitCode,
                                  final List<Map<String, Object>> milestones) {
        if (!waitingAsJson()) {
            return;
        }
        final Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("type", "summary");
        summary.put("exitCode", exitCode.code());
        summary.put("milestones", milestones);
        summary.put("totalCost", 0);
        printer.json(summary);
    }

    /** Before a run: eligible milestones wait for a slot, complete ones were complete, the rest wait on something. */
    private static List<Map<String, Object>> milestoneStates(final EligibilityReport report) {
        final List<Map<String, Object>> states = new ArrayList<>();
        report.eligible().forEach(verdict -> states.add(state(verdict.id(), "eligible")));
        report.ineligible().forEach(verdict -> states.add(state(verdict.id(),
                verdict.reason().equals(EligibilityReport.ALREADY_COMPLETE) ? "complete" : "pending")));
        return states;
    }

    private static Map<String, Object> state(final MilestoneId id, final String state) {
        final Map<String, Object> milestone = new LinkedHashMap<>();
        milestone.put("id", id.value());
        milestone.put("state", state);
        return milestone;
    }
}
