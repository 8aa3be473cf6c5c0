package dev.gsd.parallel.application.git;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.git.Worktree.Preparation;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@link Worktrees} over repositories held in memory: each branch is its linear history of commit names, so "an
 * ancestor of" is "a prefix of". The fixture methods change a repository as a user or a worker would.
 */
public final class InMemoryWorktrees implements Worktrees {

    private static final class Repository {
        final Map<String, List<String>> branches = new HashMap<>();
        String head = "main";
        boolean detached;
        final Map<MilestoneId, TreeSet<String>> worktrees = new HashMap<>();
    }

    private final Map<Path, Repository> repositories = new HashMap<>();
    private int commits;

    public Path newProject(Path root, boolean withCommit) {
        Repository repository = new Repository();
        if (withCommit) {
            repository.branches.put("main", new ArrayList<>(List.of(nextCommit())));
        }
        repositories.put(root, repository);
        return root;
    }

    public void branch(Path root, String branch) {
        Repository repository = repository(root);
        repository.branches.put(branch, new ArrayList<>(repository.branches.get("main")));
    }

    public void commitOn(Path root, String branch) {
        repository(root).branches.get(branch).add(nextCommit());
    }

    public void commitInWorktree(Path worktree) {
        commitOn(rootOf(worktree), "milestone/" + worktree.getFileName());
    }

    public void leaveUncommitted(Path worktree, String file) {
        repository(rootOf(worktree)).worktrees.get(new MilestoneId(worktree.getFileName().toString())).add(file);
    }

    public String tip(Path root, String branch) {
        List<String> history = repository(root).branches.get(branch);
        return history == null ? "" : history.get(history.size() - 1);
    }

    public void detachHead(Path root) {
        repository(root).detached = true;
    }

    public void checkOut(Path root, String branch) {
        repository(root).head = branch;
    }

    @Override
    public Worktree create(Path root, MilestoneId milestone, String integrationBranch) {
        Repository repository = repository(root);
        if (repository.detached) {
            throw new BadInput("the project root is on a detached HEAD; check out the integration branch");
        }
        if (!repository.branches.containsKey(repository.head)) {
            throw new BadInput("the repository has no commits yet (unborn branch " + repository.head + ")");
        }
        List<String> integration = repository.branches.get(integrationBranch);
        if (integration == null) {
            throw new BadInput("the integration branch " + integrationBranch + " does not exist");
        }
        String branch = Worktree.branchOf(milestone);
        Path path = Worktree.pathOf(root, milestone);
        if (repository.worktrees.containsKey(milestone)) {
            return new Worktree(milestone, path, branch, Preparation.EXISTING_WORKTREE);
        }
        if (repository.head.equals(branch)) {
            throw new BadInput("branch " + branch + " is already checked out at " + root);
        }
        List<String> history = repository.branches.get(branch);
        Preparation how;
        if (history == null) {
            repository.branches.put(branch, new ArrayList<>(integration));
            how = Preparation.NEW_BRANCH;
        } else if (history.size() < integration.size() && integration.subList(0, history.size()).equals(history)) {
            repository.branches.put(branch, new ArrayList<>(integration));
            how = Preparation.FAST_FORWARDED_BRANCH;
        } else {
            how = Preparation.EXISTING_BRANCH;
        }
        repository.worktrees.put(milestone, new TreeSet<>());
        return new Worktree(milestone, path, branch, how);
    }

    @Override
    public Optional<Worktree> find(Path root, MilestoneId milestone) {
        return repository(root).worktrees.containsKey(milestone)
                ? Optional.of(new Worktree(milestone, Worktree.pathOf(root, milestone), Worktree.branchOf(milestone),
                        Preparation.EXISTING_WORKTREE))
                : Optional.empty();
    }

    @Override
    public List<String> uncommittedChanges(Path root, MilestoneId milestone) {
        TreeSet<String> dirty = repository(root).worktrees.get(milestone);
        return dirty == null ? List.of() : List.copyOf(dirty);
    }

    @Override
    public void remove(Path root, MilestoneId milestone, boolean force) {
        List<String> dirty = uncommittedChanges(root, milestone);
        if (!force && !dirty.isEmpty()) {
            throw new BadInput(".gsd/worktrees/" + milestone + " has uncommitted changes (" + dirty.get(0) + ")");
        }
        repository(root).worktrees.remove(milestone);
    }

    @Override
    public void checkBranchDeletable(Path root, MilestoneId milestone, String integrationBranch) {
        Repository repository = repository(root);
        String branch = Worktree.branchOf(milestone);
        List<String> history = repository.branches.get(branch);
        if (history == null) {
            return;
        }
        if (repository.head.equals(branch)) {
            throw new BadInput("branch " + branch + " is checked out; remove that worktree first");
        }
        List<String> integration = repository.branches.get(integrationBranch);
        if (history.size() > integration.size() || !integration.subList(0, history.size()).equals(history)) {
            throw new BadInput(branch + " has work that is not on " + integrationBranch + "; merge it first");
        }
    }

    @Override
    public void deleteBranch(Path root, MilestoneId milestone, String integrationBranch) {
        Repository repository = repository(root);
        String branch = Worktree.branchOf(milestone);
        List<String> history = repository.branches.get(branch);
        if (history == null) {
            return;
        }
        if (repository.worktrees.containsKey(milestone) || repository.head.equals(branch)) {
            throw new BadInput("branch " + branch + " is checked out; remove that worktree first");
        }
        List<String> integration = repository.branches.get(integrationBranch);
        if (history.size() > integration.size() || !integration.subList(0, history.size()).equals(history)) {
            throw new BadInput(branch + " has work that is not on " + integrationBranch + "; merge it first");
        }
        repository.branches.remove(branch);
    }

    private Repository repository(Path root) {
        Repository repository = repositories.get(root);
        if (repository == null) {
            throw new BadInput(root + " is not in a git repository");
        }
        return repository;
    }

    private static Path rootOf(Path worktree) {
        return worktree.getParent().getParent().getParent();
    }

    private String nextCommit() {
        return "c" + ++commits;
    }
}
