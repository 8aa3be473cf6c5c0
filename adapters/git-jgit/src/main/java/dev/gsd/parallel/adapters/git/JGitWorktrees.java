package dev.gsd.parallel.adapters.git;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.git.GitFailure;
import dev.gsd.parallel.application.git.Worktree;
import dev.gsd.parallel.application.git.Worktree.Preparation;
import dev.gsd.parallel.application.git.Worktrees;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * {@link Worktrees} with the guards JGit lacks. A worktree is created by {@code git worktree add} when a {@code git}
 * binary is present (spike §2: about twice as fast as JGit's checkout), else by writing git's own admin files
 * ({@code <common>/worktrees/<id>/HEAD, commondir, gitdir} and the worktree's {@code .git} file), byte for byte as
 * {@code git worktree add} does, then checking the branch out with JGit. Either way every refusal, the fast-forward
 * of an existing branch and the result are decided here, before git is asked.
 */
final class JGitWorktrees implements Worktrees {

    /** How the files of a new worktree are written. */
    enum Creation {
        /** {@code git worktree add}, the git binary on the PATH. */
        GIT_CLI,
        /** git's admin files written here, then a JGit checkout (no git binary needed). */
        JGIT
    }

    private final Creation creation;

    JGitWorktrees(Creation creation) {
        this.creation = creation;
    }

    /** {@link Creation#GIT_CLI} when a working {@code git} is on the PATH, else {@link Creation#JGIT}. */
    static Creation bestCreation() {
        return GitCommand.available() ? Creation.GIT_CLI : Creation.JGIT;
    }

    @Override
    public Worktree create(Path root, MilestoneId milestone, String integrationBranch) {
        try (Repository repository = Repositories.open(root)) {
            Repositories.currentBranch(repository);
            ObjectId integration = Repositories.resolveBranch(repository, integrationBranch);
            if (integration == null) {
                throw new BadInput("the integration branch " + integrationBranch + " does not exist; create it or"
                        + " name another in the git.main_branch preference");
            }
            Optional<Worktree> existing = find(repository, root, milestone);
            if (existing.isPresent()) {
                RuntimeExcludes.ensure(repository);
                return existing.get();
            }
            String branch = Worktree.branchOf(milestone);
            String refName = Constants.R_HEADS + branch;
            Optional<Path> holder = LinkedWorktrees.holderOf(repository, refName);
            if (holder.isPresent()) {
                throw new BadInput("branch " + branch + " is already checked out at " + holder.get()
                        + "; remove that worktree first (git worktree remove " + holder.get() + ")");
            }
            Path path = Worktree.pathOf(root, milestone);
            clearTheWay(root, path);
            RuntimeExcludes.ensure(repository);
            if (creation == Creation.GIT_CLI) {
                Preparation how = addWithGit(repository, root, path, refName, integration, integrationBranch);
                return new Worktree(milestone, path, branch, how);
            }
            Preparation how = prepareBranch(repository, refName, integration, integrationBranch);
            ObjectId start = Repositories.resolveBranch(repository, branch);
            addWorktree(repository, path, milestone, refName, start);
            return new Worktree(milestone, path, branch, how);
        }
    }

    @Override
    public Optional<Worktree> find(Path root, MilestoneId milestone) {
        try (Repository repository = Repositories.open(root)) {
            return find(repository, root, milestone);
        }
    }

    /**
     * The worktree's uncommitted and untracked files. When git's record does not match the directory (the project
     * moved, a record edited or pruned) but {@code .gsd/worktrees/<MID>} still holds files, the directory is opened
     * through its own {@code .git} file, or the admin directory of the same name, and checked anyway; when that is
     * impossible the answer is a refusal, never "clean".
     */
    @Override
    public List<String> uncommittedChanges(Path root, MilestoneId milestone) {
        Optional<Worktree> worktree = find(root, milestone);
        if (worktree.isPresent()) {
            try (Repository repository = openWorktree(worktree.get().path())) {
                return dirty(repository, worktree.get().path());
            }
        }
        Path path = Worktree.pathOf(root, milestone);
        if (!hasContent(path)) {
            return List.of();
        }
        try (Repository repository = openUnrecorded(root, path)) {
            return dirty(repository, path);
        } catch (RuntimeException e) {
            throw new BadInput(".gsd/worktrees/" + milestone + " holds files but git has no record of it as a"
                    + " worktree, so whether it has uncommitted work cannot be told (" + e.getMessage()
                    + "); check it and remove it yourself, or force the removal");
        }
    }

    private static List<String> dirty(Repository repository, Path path) {
        try {
            Status status = Git.wrap(repository).status().call();
            TreeSet<String> paths = new TreeSet<>(status.getUncommittedChanges());
            paths.addAll(status.getUntracked());
            paths.removeIf(RuntimeExcludes::isRuntime);
            return List.copyOf(paths);
        } catch (GitAPIException | RuntimeException e) {
            throw new GitFailure("cannot read the status of " + path + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasContent(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (var entries = Files.list(path)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * A worktree directory git's records do not name: its {@code .git} file's admin directory if that still exists,
     * else the one of the same name under this repository's {@code worktrees/} (the project moved with it).
     */
    private static Repository openUnrecorded(Path root, Path path) {
        Path dotGit = path.resolve(Constants.DOT_GIT);
        if (!Files.isRegularFile(dotGit, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new GitFailure("no .git file", null);
        }
        Path admin;
        try {
            String text = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
            if (!text.startsWith("gitdir:")) {
                throw new GitFailure("its .git file names no gitdir", null);
            }
            admin = Path.of(text.substring("gitdir:".length()).strip());
            if (!admin.isAbsolute()) {
                admin = path.resolve(admin).normalize();
            }
            if (!Files.isDirectory(admin)) {
                try (Repository repository = Repositories.open(root)) {
                    admin = LinkedWorktrees.adminRoot(repository).resolve(admin.getFileName().toString());
                }
            }
            if (!Files.isRegularFile(admin.resolve(Constants.HEAD))) {
                throw new GitFailure("its admin directory " + admin + " is gone", null);
            }
            Repository repository = new FileRepositoryBuilder().setGitDir(admin.toFile()).setWorkTree(path.toFile())
                    .setMustExist(true).build();
            Repositories.guard(repository);
            return repository;
        } catch (IOException e) {
            throw new GitFailure("cannot open it: " + e.getMessage(), e);
        }
    }

    @Override
    public void remove(Path root, MilestoneId milestone, boolean force) {
        if (!force) {
            List<String> dirty = uncommittedChanges(root, milestone);
            if (!dirty.isEmpty()) {
                throw new BadInput(".gsd/worktrees/" + milestone + " has uncommitted changes (" + dirty.get(0)
                        + (dirty.size() > 1 ? " and " + (dirty.size() - 1) + " more" : "")
                        + "); commit or discard them first");
            }
        }
        try (Repository repository = Repositories.open(root)) {
            Path path = Worktree.pathOf(root, milestone);
            for (LinkedWorktrees.Admin admin : LinkedWorktrees.all(repository).values()) {
                if (admin.worktree().equals(path) || Repositories.sameFile(admin.worktree(), path)) {
                    deleteTree(path);
                    deleteTree(admin.directory());
                }
            }
            if (Files.isRegularFile(path.resolve(Constants.DOT_GIT))) {
                deleteTree(path);
            }
        }
    }

    @Override
    public void checkBranchDeletable(Path root, MilestoneId milestone, String integrationBranch) {
        try (Repository repository = Repositories.open(root)) {
            deletable(repository, root, milestone, integrationBranch, true);
        }
    }

    @Override
    public void deleteBranch(Path root, MilestoneId milestone, String integrationBranch) {
        try (Repository repository = Repositories.open(root)) {
            String branch = Worktree.branchOf(milestone);
            ObjectId tip = deletable(repository, root, milestone, integrationBranch, false);
            if (tip == null) {
                return;
            }
            RefUpdate delete = repository.updateRef(Constants.R_HEADS + branch);
            delete.setExpectedOldObjectId(tip);
            delete.setForceUpdate(true);
            RefUpdate.Result result = delete.delete();
            if (result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
                throw new GitFailure("cannot delete " + branch + ": " + result, null);
            }
        } catch (IOException e) {
            throw new GitFailure("cannot delete " + Worktree.branchOf(milestone) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tip of {@code milestone/<MID>} if it may be deleted (null when there is none); refused when it is checked
     * out (except, with {@code ownWorktreeAllowed}, in {@code .gsd/worktrees/<MID>}) or holds unmerged work.
     */
    private static ObjectId deletable(Repository repository, Path root, MilestoneId milestone,
            String integrationBranch, boolean ownWorktreeAllowed) {
        String branch = Worktree.branchOf(milestone);
        ObjectId tip = Repositories.resolveBranch(repository, branch);
        if (tip == null) {
            return null;
        }
        Optional<Path> holder = LinkedWorktrees.holderOf(repository, Constants.R_HEADS + branch);
        if (holder.isPresent() && !(ownWorktreeAllowed
                && Repositories.sameFile(holder.get(), Worktree.pathOf(root, milestone)))) {
            throw new BadInput("branch " + branch + " is checked out at " + holder.get()
                    + "; remove that worktree first");
        }
        ObjectId integration = Repositories.resolveBranch(repository, integrationBranch);
        if (integration == null || !SquashMerger.isMerged(repository, tip, integration)) {
            throw new BadInput(branch + " has work that is not on " + integrationBranch + "; merge it first (gsd"
                    + " parallel merge " + milestone + ")");
        }
        return tip;
    }

    private static Optional<Worktree> find(Repository repository, Path root, MilestoneId milestone) {
        Path path = Worktree.pathOf(root, milestone);
        String branch = Worktree.branchOf(milestone);
        for (LinkedWorktrees.Admin admin : LinkedWorktrees.all(repository).values()) {
            if (Repositories.sameFile(admin.worktree(), path)
                    && Files.isRegularFile(path.resolve(Constants.DOT_GIT))) {
                if (!admin.head().equals("ref: " + Constants.R_HEADS + branch)) {
                    throw new BadInput(".gsd/worktrees/" + milestone + " is a worktree on " + admin.head()
                            .replace("ref: " + Constants.R_HEADS, "") + ", not on " + branch
                            + "; remove it (git worktree remove .gsd/worktrees/" + milestone + ") and try again");
                }
                return Optional.of(new Worktree(milestone, path, branch, Preparation.EXISTING_WORKTREE));
            }
        }
        return Optional.empty();
    }

    private static void clearTheWay(Path root, Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var entries = Files.list(path)) {
            if (Files.isDirectory(path) && entries.findAny().isEmpty()) {
                Files.delete(path);
                return;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new BadInput(root.relativize(path) + " exists but is not the worktree of " + path.getFileName()
                + "; move it away and try again");
    }

    private static Preparation prepareBranch(Repository repository, String refName, ObjectId integration,
            String integrationBranch) {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId tip = Repositories.resolveBranch(repository, Repository.shortenRefName(refName));
            RefUpdate update = repository.updateRef(refName);
            update.setNewObjectId(integration);
            if (tip == null) {
                update.setExpectedOldObjectId(ObjectId.zeroId());
                update.setRefLogMessage("branch: Created from " + integrationBranch, false);
                expect(update.update(walk), refName, RefUpdate.Result.NEW);
                return Preparation.NEW_BRANCH;
            }
            RevCommit branchTip = walk.parseCommit(tip);
            RevCommit integrationTip = walk.parseCommit(integration);
            if (branchTip.equals(integrationTip) || !walk.isMergedInto(branchTip, integrationTip)) {
                return Preparation.EXISTING_BRANCH;
            }
            walk.reset();
            update.setExpectedOldObjectId(tip);
            update.setRefLogMessage("merge " + integrationBranch + ": Fast-forward", false);
            expect(update.update(walk), refName, RefUpdate.Result.FAST_FORWARD);
            return Preparation.FAST_FORWARDED_BRANCH;
        } catch (IOException e) {
            throw new GitFailure("cannot prepare " + refName + ": " + e.getMessage(), e);
        }
    }

    private static void expect(RefUpdate.Result result, String refName, RefUpdate.Result expected) {
        if (result != expected) {
            throw new BadInput(Repository.shortenRefName(refName) + " changed while gsd was preparing it (" + result
                    + "); try again");
        }
    }

    /**
     * {@code git worktree add}: a new branch is created by git from the integration tip ({@code -b}); an existing
     * one is first fast-forwarded here under the same rules as the JGit recipe. Records git would count as holding
     * our path or branch although their directory is gone (prunable, which the guards above ignore) are deleted
     * first, as the JGit recipe reuses such a record.
     */
    private static Preparation addWithGit(Repository repository, Path root, Path path, String refName,
            ObjectId integration, String integrationBranch) {
        dropPrunableRecords(repository, path, refName);
        String branch = Repository.shortenRefName(refName);
        Path parent = path.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new GitFailure("cannot create " + parent + ": " + e.getMessage(), e);
        }
        if (Repositories.resolveBranch(repository, branch) == null) {
            try {
                GitCommand.run(root, "worktree", "add", "-q", "-b", branch, path.toString(), integration.name());
            } catch (GitFailure e) {
                throw new GitFailure("cannot create the worktree " + path + ": " + e.getMessage(), e);
            }
            return Preparation.NEW_BRANCH;
        }
        Preparation how = prepareBranch(repository, refName, integration, integrationBranch);
        try {
            GitCommand.run(root, "worktree", "add", "-q", path.toString(), branch);
        } catch (GitFailure e) {
            throw new GitFailure("cannot create the worktree " + path + ": " + e.getMessage(), e);
        }
        return how;
    }

    /** Deletes unlocked records whose worktree directory is gone and that name {@code path} or hold the branch. */
    private static void dropPrunableRecords(Repository repository, Path path, String refName) {
        for (LinkedWorktrees.Admin admin : LinkedWorktrees.all(repository).values()) {
            boolean ours = admin.worktree().equals(path) || admin.head().equals("ref: " + refName);
            if (ours && !Files.exists(admin.worktree()) && !Files.exists(admin.directory().resolve("locked"))) {
                deleteTree(admin.directory());
            }
        }
    }

    /** The recipe of spike §2, in git's order: admin directory locked while it is incomplete. */
    private static void addWorktree(Repository repository, Path path, MilestoneId milestone, String refName,
            ObjectId start) {
        Path admin = freeAdminDirectory(repository, milestone);
        try {
            Files.createDirectories(admin);
            Path locked = admin.resolve("locked");
            Files.writeString(locked, "initializing\n", StandardCharsets.UTF_8);
            Files.createDirectories(path);
            Path real = path.toRealPath();
            Files.writeString(admin.resolve("commondir"), "../..\n", StandardCharsets.UTF_8);
            Files.writeString(admin.resolve("gitdir"), real.resolve(Constants.DOT_GIT) + "\n",
                    StandardCharsets.UTF_8);
            Files.writeString(admin.resolve(Constants.HEAD), "ref: " + refName + "\n", StandardCharsets.UTF_8);
            Files.writeString(real.resolve(Constants.DOT_GIT), "gitdir: " + admin.toRealPath() + "\n",
                    StandardCharsets.UTF_8);
            try (Repository worktree = new FileRepositoryBuilder().setGitDir(admin.toFile())
                    .setWorkTree(real.toFile()).setMustExist(true).build();
                    RevWalk walk = new RevWalk(worktree)) {
                Repositories.guard(worktree);
                DirCache index = worktree.lockDirCache();
                DirCacheCheckout checkout = new DirCacheCheckout(worktree, index,
                        walk.parseCommit(start).getTree());
                checkout.setFailOnConflict(true);
                checkout.checkout();
            }
            Files.delete(locked);
        } catch (IOException e) {
            deleteTree(path);
            deleteTree(admin);
            throw new GitFailure("cannot create the worktree " + path + ": " + e.getMessage(), e);
        }
    }

    /** {@code <common>/worktrees/<MID>}, or {@code <MID>1}, {@code <MID>2}… as git does when the name is taken. */
    private static Path freeAdminDirectory(Repository repository, MilestoneId milestone) {
        Path adminRoot = LinkedWorktrees.adminRoot(repository);
        for (int n = 0; ; n++) {
            Path candidate = adminRoot.resolve(milestone.value() + (n == 0 ? "" : Integer.toString(n)));
            if (!Files.exists(candidate)) {
                return candidate;
            }
            Optional<LinkedWorktrees.Admin> admin = LinkedWorktrees.read(candidate);
            if (admin.isPresent() && !Files.exists(admin.get().worktree())
                    && !Files.exists(candidate.resolve("locked"))) {
                deleteTree(candidate); // prunable, as git worktree prune would say
                return candidate;
            }
        }
    }

    static Repository openWorktree(Path path) {
        try {
            Repository repository = new FileRepositoryBuilder().findGitDir(path.toFile()).setMustExist(true).build();
            Repositories.guard(repository);
            return repository;
        } catch (IOException e) {
            throw new GitFailure("cannot open the worktree " + path + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a directory tree without following symbolic links out of it. */
    static void deleteTree(Path top) {
        if (!Files.exists(top, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<IOException> failures = new ArrayList<>();
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(e);
        }
        if (!failures.isEmpty()) {
            throw new GitFailure("cannot delete " + top + ": " + failures.get(0).getMessage(), failures.get(0));
        }
    }
}
