package dev.gsd.parallel.adapters.gsdproject;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.ReadResult;
import dev.gsd.parallel.application.project.ProjectPlans;
import dev.gsd.parallel.domain.plan.InvalidPlan;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.MilestonePlan;
import dev.gsd.parallel.domain.plan.ProjectPlan;
import dev.gsd.parallel.domain.plan.QueueOrder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link ProjectPlans} on the markdown files GSD keeps under {@code .gsd/milestones/}. */
final class MarkdownProjectPlans implements ProjectPlans {

    private static final String GSD = ".gsd";
    private static final String WORKTREES = "worktrees";
    private static final String HOW_TO_FIX = " Run gsd in a project, or pass -C <dir>.";

    /** GSD's own state directory ({@code ~/.gsd}), which is never a project's {@code .gsd}. */
    private final Path homeGsd;

    MarkdownProjectPlans(Path homeGsd) {
        this.homeGsd = homeGsd;
    }

    @Override
    public Path locateRoot(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new BadInput("no GSD project at or above " + absolute + ": "
                    + (Files.exists(absolute) ? "not a directory." : "no such directory.") + HOW_TO_FIX);
        }
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            throw new BadInput("no GSD project at or above " + absolute + ": " + TextFiles.describe(e) + "."
                    + HOW_TO_FIX);
        }
        // a worktree carries its own copy of .gsd/, but its project is the one that owns .gsd/worktrees/
        Optional<Path> owner = worktreeOwner(absolute).or(() -> worktreeOwner(real));
        if (owner.isPresent()) {
            return realPath(owner.get());
        }
        for (Path candidate = real; candidate != null; candidate = candidate.getParent()) {
            if (isProject(candidate)) {
                return candidate;
            }
        }
        throw new BadInput("no GSD project at or above " + absolute + ": no .gsd directory found." + HOW_TO_FIX);
    }

    @Override
    public ReadResult<ProjectPlan> read(Path root) {
        ProjectTree tree = ProjectTree.at(root);
        List<String> warnings = new ArrayList<>();
        Map<MilestoneId, Path> directories = discover(tree, warnings);
        MilestoneReader reader = new MilestoneReader(tree);
        Map<MilestoneId, MilestoneReader.Read> milestones = new LinkedHashMap<>();
        directories.forEach((id, directory) -> milestones.put(id, reader.read(id, directory)));
        checkDependencies(milestones);
        List<MilestoneId> preferred = QueueOrderFile.read(tree, directories.keySet(), warnings);
        List<MilestonePlan> inQueueOrder = QueueOrder.arrange(directories.keySet(), preferred).stream()
                .map(id -> milestones.get(id).plan())
                .collect(Collectors.toList());
        try {
            return new ReadResult<>(ProjectPlan.of(inQueueOrder), warnings);
        } catch (InvalidPlan e) {
            // ids are unique and dependencies known by now (checked above with sharper messages): this is a cycle
            String declaredIn = milestones.get(e.milestone()).declaredIn();
            throw new BadInput(declaredIn + ": " + e.getMessage() + "; remove one of these depends_on entries");
        }
    }

    /**
     * The milestone directories under {@code .gsd/milestones/} by id. Names that are no milestone id are left out
     * with a warning; so are plain files named like one. Dot-entries are not content and are skipped silently.
     */
    private static Map<MilestoneId, Path> discover(ProjectTree tree, List<String> warnings) {
        Path milestones = tree.gsd().resolve("milestones");
        if (!Files.exists(milestones)) {
            return Map.of();
        }
        if (!Files.isDirectory(milestones)) {
            throw new BadInput(tree.name(milestones) + " is not a directory; GSD keeps one directory per milestone"
                    + " there");
        }
        tree.confine(milestones);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(milestones)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            throw new BadInput(tree.name(milestones) + " cannot be read: " + TextFiles.describe(e));
        }
        entries.sort(null);
        Map<MilestoneId, List<Path>> byId = new LinkedHashMap<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            Optional<MilestoneId> id = MilestoneId.ofDirectoryName(name);
            if (Files.isDirectory(entry)) {
                if (id.isEmpty()) {
                    warnings.add(tree.name(entry) + " is not a milestone directory: the name must start with a"
                            + " milestone id (M001, M001-abc123, or legacy M001-SOME-NAME); ignored");
                    continue;
                }
                tree.confine(entry);
                byId.computeIfAbsent(id.get(), key -> new ArrayList<>()).add(entry);
            } else if (id.isPresent()) {
                warnings.add(tree.name(entry) + " is named like milestone " + id.get()
                        + " but is not a directory; ignored");
            }
        }
        Map<MilestoneId, Path> directories = new LinkedHashMap<>();
        for (Map.Entry<MilestoneId, List<Path>> found : byId.entrySet()) {
            if (found.getValue().size() > 1) {
                throw new BadInput(found.getValue().stream().map(tree::name).collect(Collectors.joining(" and "))
                        + " are both milestone " + found.getKey() + "; rename or remove all but one");
            }
            directories.put(found.getKey(), found.getValue().get(0));
        }
        return directories;
    }

    /**
     * The contradictions worth a precise message of their own; cycles are left to {@link ProjectPlan#of}, which
     * finds them over the whole graph.
     */
    private static void checkDependencies(Map<MilestoneId, MilestoneReader.Read> milestones) {
        for (MilestoneReader.Read read : milestones.values()) {
            MilestonePlan plan = read.plan();
            for (MilestoneId dependency : plan.dependsOn()) {
                if (dependency.equals(plan.id())) {
                    throw new BadInput(read.declaredIn() + ": depends_on lists " + plan.id()
                            + " itself; a milestone cannot wait for its own completion");
                }
                if (!milestones.containsKey(dependency)) {
                    throw new BadInput(read.declaredIn() + ": depends_on lists " + dependency
                            + ", which is not a milestone of this project (no .gsd/milestones/" + dependency
                            + "); fix the id or remove it");
                }
            }
        }
    }

    private Optional<Path> worktreeOwner(Path path) {
        for (int i = 0; i + 2 < path.getNameCount(); i++) {
            if (path.getName(i).toString().equals(GSD) && path.getName(i + 1).toString().equals(WORKTREES)) {
                Path owner = i == 0 ? path.getRoot() : path.getRoot().resolve(path.subpath(0, i));
                if (isProject(owner)) {
                    return Optional.of(owner);
                }
            }
        }
        return Optional.empty();
    }

    private boolean isProject(Path directory) {
        Path gsd = directory.resolve(GSD);
        if (!Files.isDirectory(gsd)) {
            return false;
        }
        try {
            return !Files.exists(homeGsd) || !Files.isSameFile(gsd, homeGsd);
        } catch (IOException e) {
            return true;
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new BadInput("the project owning " + path + " cannot be read: " + TextFiles.describe(e));
        }
    }
}
