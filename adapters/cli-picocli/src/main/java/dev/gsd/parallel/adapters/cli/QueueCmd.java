package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.planning.QueueView;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gsd queue}: the milestones in queue order with their status and dependencies. */
@Command(name = "queue",
        description = "Milestones in queue order: id, title, status, dependencies, unmet dependencies.")
final class QueueCmd implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    QueueCmd(final CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        final QueueView queue = context.useCases().planning().queue(context.projectDirectory());
        final Printer printer = new Printer(spec);
        printer.warnings(queue.warnings());
        if (context.globalOptions().json()) {
            printer.json(Map.of("milestones", queue.milestones().stream().map(QueueCmd::json).toList()));
        } else if (queue.milestones().isEmpty()) {
            printer.line("No milestones in " + queue.root().resolve(".gsd").resolve("milestones") + ".");
        } else {
            final TextTable table = new TextTable("ID", "TITLE", "STATUS", "DEPENDS ON", "UNMET");
            for (final QueueView.Entry entry : queue.milestones()) {
                table.row(entry.id().value(), entry.title(), entry.status().word(), words(entry.dependsOn()),
                        words(entry.unmetDependencies()));
            }
            printer.text(table.render());
        }
        return ExitCode.SUCCESS.code();
    }

    private static Map<String, Object> json(final QueueView.Entry entry) {
        final Map<String, Object> milestone = new LinkedHashMap<>();
        milestone.put("id", entry.id().value());
        milestone.put("title", entry.title());
        milestone.put("status", entry.status().word());
        milestone.put("dependsOn", values(entry.dependsOn()));
        milestone.put("unmetDependencies", values(entry.unmetDependencies()));
        return milestone;
    }

    static List<String> values(final List<MilestoneId> ids) {
        return ids.stream().map(MilestoneId::value).toList();
    }

    private static String words(final List<MilestoneId> ids) {
        return ids.isEmpty() ? "-" : ids.stream().map(MilestoneId::value).collect(Collectors.joining(", "));
    }
}
