package dev.gsd.parallel.adapters.git;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.git.GitFailure;
import dev.gsd.parallel.application.git.MilestoneBranches;
import dev.gsd.parallel.application.git.SquashMerge;
import dev.gsd.parallel.application.git.Worktree;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.domain.plan.SquashMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/** {@link MilestoneBranches} on JGit. */
final class JGitMilestoneBranches implements MilestoneBranches {

    private static final String PLANNING = ".gsd/milestones";
    private static final String QUEUE_ORDER = ".gsd/QUEUE-ORDER.json";

    @Override
    public String currentBranch(Path root) {
        try (Repository repository = Repositories.open(root)) {
            return Repository.shortenRefName(Repositories.currentBranch(repository).getName());
        }
    }

    @Override
    public boolean exists(Path root, String name) {
        try (Repository repository = Repositories.open(root)) {
            return Repositories.resolveBranch(repository, name) != null;
        }
    }

    @Override
    public String defaultIntegrationBranch(Path root) {
        try (Repository repository = Repositories.open(root)) {
            Ref current = Repositories.currentBranch(repository);
            Ref originHead = repository.exactRef(Constants.R_REMOTES + "origin/" + Constants.HEAD);
            if (originHead != null && originHead.isSymbolic()) {
                String local = originHead.getTarget().getName().substring((Constants.R_REMOTES + "origin/").length());
                if (Repositories.resolveBranch(repository, local) != null) {
                    return local;
                }
            }
            for (String candidate : List.of("main", "master")) {
                if (Repositories.resolveBranch(repository, candidate) != null) {
                    return candidate;
                }
            }
            return Repository.shortenRefName(current.getName());
        } catch (IOException e) {
            throw new GitFailure("cannot read the branches of " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<MilestoneId> milestoneBranches(Path root) {
        try (Repository repository = Repositories.open(root)) {
            List<MilestoneId> ids = new ArrayList<>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS + "milestone/")) {
                MilestoneId.parse(ref.getName().substring((Constants.R_HEADS + "milestone/").length()))
                        .ifPresent(ids::add);
            }
            ids.sort(null);
            return ids;
        } catch (IOException e) {
            throw new GitFailure("cannot list the milestone branches of " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void exportPlanning(Path root, MilestoneId milestone, Path target) {
        try (Repository repository = Repositories.open(root); RevWalk walk = new RevWalk(repository)) {
            ObjectId tip = requireBranch(repository, milestone);
            try (TreeWalk tree = new TreeWalk(repository)) {
                tree.setRecursive(true);
                tree.addTree(walk.parseCommit(tip).getTree());
                tree.setFilter(PathFilterGroup.createFromStrings(PLANNING, QUEUE_ORDER));
                Path top = target.toAbsolutePath().normalize();
                while (tree.next()) {
                    FileMode mode = tree.getFileMode(0);
                    if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                        continue; // a symbolic link or submodule is not a planning file
                    }
                    Path file = top.resolve(tree.getPathString()).normalize();
                    if (!file.startsWith(top)) {
                        continue;
                    }
                    Files.createDirectories(file.getParent());
                    Files.write(file, repository.open(tree.getObjectId(0)).getBytes());
                }
            }
            Files.createDirectories(top(target).resolve(".gsd"));
        } catch (IOException e) {
            throw new GitFailure("cannot read the planning files of " + Worktree.branchOf(milestone) + ": "
                    + e.getMessage(), e);
        }
    }

    private static Path top(Path target) {
        return target.toAbsolutePath().normalize();
    }

    @Override
    public Optional<String> earlierMerge(Path root, MilestoneId milestone, String integrationBranch) {
        try (Repository repository = Repositories.open(root)) {
            return earlierMerge(repository, milestone, integrationBranch);
        }
    }

    private static Optional<String> earlierMerge(Repository repository, MilestoneId milestone,
            String integrationBranch) {
        ObjectId tip = Repositories.resolveBranch(repository, integrationBranch);
        if (tip == null) {
            return Optional.empty();
        }
        Pattern trailer = Pattern.compile("(?m)^" + Pattern.quote(SquashMessage.MILESTONE_TRAILER + milestone.value())
                + "\\s*$");
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(tip));
            for (RevCommit commit : walk) {
                if (trailer.matcher(commit.getFullMessage()).find()) {
                    return Optional.of(commit.name());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new GitFailure("cannot read the history of " + integrationBranch + ": " + e.getMessage(), e);
        }
    }

    @Override
    public SquashMerge squashMerge(Path root, MilestoneId milestone, String integrationBranch, String message) {
        try (Repository repository = Repositories.open(root)) {
            Repositories.currentBranch(repository);
            ObjectId theirs = requireBranch(repository, milestone);
            String refName = Constants.R_HEADS + integrationBranch;
            ObjectId ours = Repositories.resolveBranch(repository, integrationBranch);
            if (ours == null) {
                throw new BadInput("the integration branch " + integrationBranch + " does not exist");
            }
            Optional<Path> holder = LinkedWorktrees.holderOf(repository, refName);
            boolean atRoot = holder.isPresent() && Repositories.sameFile(holder.get(), root);
            if (holder.isPresent() && !atRoot) {
                throw new BadInput(integrationBranch + " is checked out at " + holder.get() + "; merge from there or"
                        + " check it out in the project root");
            }
            RuntimeExcludes.ensure(repository);
            SquashMerge merged = SquashMerger.merge(repository, root, ours, theirs, refName, atRoot, message);
            if (merged instanceof SquashMerge.NothingToMerge) {
                return new SquashMerge.NothingToMerge(earlierMerge(repository, milestone, integrationBranch));
            }
            return merged;
        } catch (IOException e) {
            throw new GitFailure("cannot merge " + Worktree.branchOf(milestone) + " into " + integrationBranch + ": "
                    + e.getMessage(), e);
        }
    }

    private static ObjectId requireBranch(Repository repository, MilestoneId milestone) {
        ObjectId tip = Repositories.resolveBranch(repository, Worktree.branchOf(milestone));
        if (tip == null) {
            throw new BadInput("no branch " + Worktree.branchOf(milestone) + ": there is nothing to merge for "
                    + milestone);
        }
        return tip;
    }
}
