package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.merge.MergeReport;
import dev.gsd.parallel.application.merge.MergeResult;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gsd parallel merge}: squash-merges completed milestones into the integration branch, in GSD's "Merge
 * Results" layout. Exit 10 when a conflict waits for a person, 3 when a merge was refused.
 */
@Command(name = "merge",
        description = "Merge milestone MID, or every completed milestone, into the integration branch.")
final class ParallelMergeCmd implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MID", description = "The milestone (default: every completed one).")
    private String milestoneId;

    ParallelMergeCmd(final CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        final Optional<MilestoneId> only = Optional.ofNullable(milestoneId).map(text -> MilestoneId.parse(text)
                .orElseThrow(() -> new BadInput("'" + text + "' is not a milestone id (M001 or M001-abc123)")));
        final MergeReport report = context.useCases().merging().merge(context.projectDirectory(), only);
        final Printer printer = new Printer(spec);
        printer.warnings(report.warnings());
        if (context.globalOptions().json()) {
            printer.json(Map.of("results", report.results().stream().map(ParallelMergeCmd::json).toList()));
        } else {
            printer.text(text(report));
        }
        if (report.any(MergeResult.Outcome.CONFLICT)) {
            return ExitCode.BLOCKED.code();
        }
        return report.any(MergeResult.Outcome.REFUSED) ? ExitCode.BAD_INPUT.code() : ExitCode.SUCCESS.code();
    }

    static String text(final MergeReport report) {
        if (report.results().isEmpty()) {
            return "No completed milestones to merge.\n";
        }
        final StringBuilder text = new StringBuilder("# Merge Results\n\n");
        for (final MergeResult result : report.results()) {
            final String id = result.milestone().value();
            text.append("- **").append(id).append("** — ");
            switch (result.outcome()) {
                case MERGED -> text.append("merged successfully\n");
                case ALREADY_MERGED -> text.append("already merged; nothing to do\n");
                case NO_CHANGES -> text.append(result.commit().isPresent()
                        ? "merged, but it contained no code changes (only .gsd/ files)\n"
                        : "no changes to merge (the integration branch already has everything)\n");
                case CONFLICT -> {
                    text.append("CONFLICT (").append(result.files().size()).append(" file(s)):\n");
                    result.files().forEach(file -> text.append("  - `").append(file).append("`\n"));
                    text.append("  Resolve conflicts manually and run `gsd parallel merge ").append(id)
                            .append("` to retry.\n");
                }
                case REFUSED -> text.append("refused: ").append(result.message()).append('\n');
                default -> throw new IllegalStateException("unknown outcome " + result.outcome());
            }
        }
        return text.toString();
    }

    private static Map<String, Object> json(final MergeResult result) {
        final Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("milestoneId", result.milestone().value());
        entry.put("outcome", result.outcome().word());
        entry.put("commit", result.commit().orElse(null));
        entry.put("files", result.files());
        if (!result.message().isEmpty()) {
            entry.put("message", result.message());
        }
        return entry;
    }
}
