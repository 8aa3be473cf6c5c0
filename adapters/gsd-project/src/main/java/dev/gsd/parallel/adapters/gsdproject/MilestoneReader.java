package dev.gsd.parallel.adapters.gsdproject;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import dev.gsd.parallel.domain.plan.SlicePlan;
import dev.gsd.parallel.domain.plan.Summary;
import dev.gsd.parallel.domain.plan.TaskPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One milestone directory read into a {@link MilestonePlan}. */
final class MilestoneReader {

    /**
     * A milestone and the file its {@code depends_on} comes from (or would come from), so a contradiction found
     * later across milestones can still name a file.
     */
    record Read(MilestonePlan plan, String declaredIn) {
    }

    private static final String META_EXAMPLE = "{\"integrationBranch\": \"main\"}";

    private final ProjectTree tree;

    MilestoneReader(ProjectTree tree) {
        this.tree = tree;
    }

    Read read(MilestoneId id, Path directory) {
        String mid = id.value();
        PlanningDirectory files = PlanningDirectory.list(directory, tree);
        Optional<Path> context = files.markdown(mid, "CONTEXT");
        Optional<Path> draft = files.markdown(mid, "CONTEXT-DRAFT");
        Optional<Path> roadmap = files.markdown(mid, "ROADMAP");
        Optional<Path> summary = files.markdown(mid, "SUMMARY");
        Optional<Path> parked = files.markdown(mid, "PARKED");
        parked.ifPresent(tree::confine);

        // the draft only stands in for a missing CONTEXT; next to a CONTEXT it is stale notes
        Optional<Path> declaration = context.isPresent() ? context : draft;
        List<MilestoneId> dependsOn = List.of();
        Optional<String> title = Optional.empty();
        String roadmapText = roadmap.map(tree::read).orElse(null);
        if (roadmapText != null) {
            title = Markdown.h1(roadmapText).flatMap(Markdown::milestoneTitle);
        }
        if (declaration.isPresent()) {
            String name = tree.name(declaration.get());
            FrontMatter frontMatter = FrontMatter.split(tree.read(declaration.get()), name);
            dependsOn = DependsOn.of(frontMatter.mapping(name), name);
            if (title.isEmpty()) {
                title = Markdown.h1(frontMatter.body()).flatMap(Markdown::milestoneTitle);
            }
        }
        Summary classified = Summary.ABSENT;
        if (summary.isPresent()) {
            FrontMatter frontMatter = FrontMatter.split(tree.read(summary.get()), tree.name(summary.get()));
            classified = SummaryText.classify(frontMatter);
            if (title.isEmpty()) {
                title = Markdown.h1(frontMatter.body()).flatMap(Markdown::milestoneTitle);
            }
        }
        List<SlicePlan> slices = roadmapText == null ? List.of() : slices(RoadmapText.slices(roadmapText), files);
        boolean planned = context.isPresent() || draft.isPresent() || roadmap.isPresent() || summary.isPresent()
                || parked.isPresent();
        String declaredIn = declaration.map(tree::name)
                .orElse(tree.name(directory.resolve(mid + "-CONTEXT.md")));
        MilestonePlan plan = new MilestonePlan(id, title.orElse(mid), dependsOn, slices, classified,
                parked.isPresent(), planned, integrationBranch(files.exactly(mid + "-META.json")));
        return new Read(plan, declaredIn);
    }

    private List<SlicePlan> slices(List<RoadmapText.Slice> listed, PlanningDirectory files) {
        Optional<PlanningDirectory> slicesDirectory = files.subdirectory("slices").map(path -> {
            tree.confine(path);
            return PlanningDirectory.list(path, tree);
        });
        List<SlicePlan> slices = new ArrayList<>();
        for (RoadmapText.Slice slice : listed) {
            List<TaskPlan> tasks = List.of();
            Optional<Path> sliceDirectory = slicesDirectory.flatMap(found -> found.subdirectory(slice.id()));
            if (sliceDirectory.isPresent()) {
                tree.confine(sliceDirectory.get());
                Optional<Path> plan = PlanningDirectory.list(sliceDirectory.get(), tree).markdown(slice.id(), "PLAN");
                if (plan.isPresent()) {
                    tasks = SlicePlanText.tasks(tree.read(plan.get()));
                }
            }
            slices.add(new SlicePlan(slice.id(), slice.title(), slice.done(), tasks));
        }
        return slices;
    }

    private Optional<String> integrationBranch(Optional<Path> meta) {
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        String name = tree.name(meta.get());
        Object branch = Json.object(tree.read(meta.get()), name, META_EXAMPLE).get("integrationBranch");
        if (branch == null || branch instanceof Scalar && ((Scalar) branch).kind() == Scalar.Kind.NULL) {
            return Optional.empty();
        }
        String text = Scalar.stringOf(branch);
        if (text == null || !BranchNames.isValid(text)) {
            throw new BadInput(name + ": integrationBranch must be " + BranchNames.VALID + ", got "
                    + Documents.show(branch));
        }
        return Optional.of(text);
    }
}
