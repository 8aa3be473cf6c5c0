package dev.gsd.parallel.simagent;

import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.SlicePlan;
import dev.gsd.parallel.domain.plan.TaskPlan;
import java.util.List;

/**
 * The summaries the agent writes, in GSD's shapes (front matter, H1, one-liner). They carry no time stamps, so the
 * same plan always yields the same files; the commits record when.
 */
final class Summaries {

    private Summaries() {
    }

    static String task(final MilestoneId milestone, final SlicePlan slice, final TaskPlan task, final String line) {
        final StringBuilder text = new StringBuilder()
                .append("---\n")
                .append("id: ").append(task.id()).append('\n')
                .append("parent: ").append(slice.id()).append('\n')
                .append("milestone: ").append(milestone.value()).append('\n')
                .append("key_files:").append(task.files().isEmpty() ? " []\n" : "\n");
        task.files().forEach(file -> text.append("  - ").append(quoted(file)).append('\n'));
        return text
                .append("key_decisions: []\n")
                .append("verification_result: passed\n")
                .append("blocker_discovered: false\n")
                .append("---\n\n")
                .append("# ").append(task.id()).append(": ").append(task.title()).append("\n\n")
                .append("**Simulated: appended `").append(line).append("` to ").append(task.files().size())
                .append(task.files().size() == 1 ? " file.**\n\n" : " files.**\n\n")
                .append("## What Happened\n\n")
                .append("The simulated agent appended the line `").append(line)
                .append("` to every file on the task's Files line.\n")
                .toString();
    }

    static String slice(final MilestoneId milestone, final SlicePlan slice) {
        final StringBuilder text = new StringBuilder()
                .append("---\n")
                .append("id: ").append(slice.id()).append('\n')
                .append("parent: ").append(milestone.value()).append('\n')
                .append("milestone: ").append(milestone.value()).append('\n')
                .append("verification_result: passed\n")
                .append("---\n\n")
                .append("# ").append(slice.id()).append(": ").append(slice.title()).append("\n\n")
                .append("**Simulated: ").append(slice.tasks().size())
                .append(slice.tasks().size() == 1 ? " task done.**\n\n" : " tasks done.**\n\n")
                .append("## Tasks\n\n");
        slice.tasks().forEach(task -> text.append("- ").append(task.id()).append(": ").append(task.title())
                .append('\n'));
        return text.toString();
    }

    static String milestone(final MilestoneId milestone, final String title, final List<SlicePlan> slices) {
        final StringBuilder text = new StringBuilder()
                .append("---\n")
                .append("id: ").append(milestone.value()).append('\n')
                .append("title: ").append(quoted(title)).append('\n')
                .append("status: complete\n")
                .append("key_decisions: []\n")
                .append("---\n\n")
                .append("# ").append(milestone.value()).append(": ").append(title).append("\n\n")
                .append("**Simulated: ").append(slices.size())
                .append(slices.size() == 1 ? " slice done.**\n\n" : " slices done.**\n\n")
                .append("## What Happened\n\n");
        slices.forEach(slice -> text.append("- ").append(slice.id()).append(": ").append(slice.title())
                .append('\n'));
        return text.toString();
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(final String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
