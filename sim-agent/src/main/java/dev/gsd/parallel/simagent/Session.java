package dev.gsd.parallel.simagent;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.agent.SimulatedAgent.Outcome;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import dev.gsd.parallel.domain.plan.SlicePlan;
import dev.gsd.parallel.domain.plan.Summary;
import dev.gsd.parallel.domain.plan.TaskPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One run of the agent over one milestone: every open task of every open slice (roadmap order, plan order), one
 * commit each, then one per slice and one for the milestone.
 *
 * <p>It resumes from the checkboxes. A box counts as ticked only once it is committed: a box ticked in the worktree
 * but not in {@code HEAD} belongs to a unit that died between ticking and committing, and that unit is done again.
 * Doing a unit again is harmless, since a line already in a file is never appended twice and the summaries are the
 * same every time.
 */
final class Session {

    private static final String MILESTONE = "";

    private final Script script;
    private final MilestonePlan plan;
    private final Worktree worktree;
    private final Git git;
    private final Body body;
    private final Consumer<String> ndjson;
    private final Set<String> uncommitted;

    Session(final Script script, final MilestonePlan plan, final Worktree worktree, final Git git, final Body body,
            final Consumer<String> ndjson) {
        this.script = script;
        this.plan = plan;
        this.worktree = worktree;
        this.git = git;
        this.body = body;
        this.ndjson = ndjson;
        this.uncommitted = uncommitted();
    }

    Outcome run() {
        if (plan.summary() == Summary.TERMINAL && !uncommitted.contains(MILESTONE)) {
            return Outcome.completed();
        }
        checkTaskFiles();
        for (final SlicePlan slice : plan.slices()) {
            if (isOpen(slice.done(), slice.id())) {
                for (final TaskPlan task : slice.tasks()) {
                    if (isOpen(task.done(), slice.id() + "/" + task.id()) && !doTask(slice, task)) {
                        return Outcome.failed("failed at " + plan.id() + "/" + slice.id() + "/" + task.id()
                                + " as told (--fail-at or GSD_SIM_FAIL_AT)");
                    }
                }
                completeSlice(slice);
            }
        }
        completeMilestone();
        return Outcome.completed();
    }

    /** {@code false} if told to fail here. */
    private boolean doTask(final SlicePlan slice, final TaskPlan task) {
        final TaskRef here = new TaskRef(slice.id(), task.id());
        if (script.failAt().filter(here::equals).isPresent()) {
            return false;
        }
        if (script.hangAt().filter(here::equals).isPresent()) {
            body.hang();
        }
        body.work(script.taskMillis());
        final String unit = plan.id().value() + "/" + here;
        final List<String> paths = new ArrayList<>();
        for (final String file : task.files()) {
            final String path = worktree.taskFile(file, unit);
            worktree.appendOnce(path, unit);
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }
        if (script.crashAt().filter(here::equals).isPresent()) {
            body.crash();
        }
        final String summary = worktree.taskSummary(slice.id(), task.id());
        worktree.write(summary, Summaries.task(plan.id(), slice, task, unit));
        final String slicePlan = worktree.slicePlan(slice.id());
        tick(slicePlan, task.id());
        paths.add(summary);
        paths.add(slicePlan);
        git.commit("feat(" + unit + "): " + task.title(), paths);
        ndjson.accept("{\"type\":\"message_end\",\"message\":{\"usage\":{\"cost\":{\"total\":"
                + script.costPerTask().toPlainString() + "}}}}");
        return true;
    }

    private void completeSlice(final SlicePlan slice) {
        final String summary = worktree.sliceSummary(slice.id());
        worktree.write(summary, Summaries.slice(plan.id(), slice));
        tick(worktree.roadmap(), slice.id());
        git.commit("feat(" + plan.id().value() + "/" + slice.id() + "): " + slice.title(),
                List.of(summary, worktree.roadmap()));
    }

    private void completeMilestone() {
        final String summary = worktree.milestoneSummary();
        worktree.write(summary, Summaries.milestone(plan.id(), plan.title(), plan.slices()));
        git.commit("feat(" + plan.id().value() + "): complete milestone", List.of(summary));
    }

    private void tick(final String file, final String id) {
        final String text = worktree.read(file);
        final String ticked = Checkboxes.tick(text, id).orElseThrow(() -> new BadInput(
                "cannot tick " + id + " in " + file + ": it has no checkbox line '- [ ] **" + id + ": …**'"
                        + " (gsd sim-agent ticks checkbox lines only)"));
        if (!ticked.equals(text)) {
            worktree.write(file, ticked);
        }
    }

    private boolean isOpen(final boolean ticked, final String unit) {
        return !ticked || uncommitted.contains(unit);
    }

    /** Fails before any work if an open task names a file the agent must not write. */
    private void checkTaskFiles() {
        for (final SlicePlan slice : plan.slices()) {
            for (final TaskPlan task : slice.tasks()) {
                task.files().forEach(file -> worktree.taskFile(file, plan.id() + "/" + slice.id() + "/" + task.id()));
            }
        }
    }

    /**
     * The units ticked (or, for the milestone, summarised) in the worktree but not in {@code HEAD}: {@code S01} for a
     * slice, {@code S01/T01} for a task, {@link #MILESTONE} for the milestone. One {@code git status} when the
     * milestone's files are clean, which is every start but the one after a crash in that narrow window.
     */
    private Set<String> uncommitted() {
        final List<String> changed = git.changedUnder(worktree.milestoneDirectory());
        final Set<String> units = new HashSet<>();
        if (changed.isEmpty()) {
            return units;
        }
        if (changed.contains(worktree.milestoneSummary())) {
            units.add(MILESTONE);
        }
        final String roadmap = changed.contains(worktree.roadmap())
                ? git.committedText(worktree.roadmap()).orElse("") : null;
        for (final SlicePlan slice : plan.slices()) {
            if (roadmap != null && slice.done() && !Checkboxes.isTicked(roadmap, slice.id())) {
                units.add(slice.id());
            }
            final String slicePlan = worktree.slicePlan(slice.id());
            if (changed.contains(slicePlan)) {
                final String committed = git.committedText(slicePlan).orElse("");
                for (final TaskPlan task : slice.tasks()) {
                    if (task.done() && !Checkboxes.isTicked(committed, task.id())) {
                        units.add(slice.id() + "/" + task.id());
                    }
                }
            }
        }
        return units;
    }
}
