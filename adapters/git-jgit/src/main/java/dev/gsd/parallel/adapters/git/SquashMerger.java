package dev.gsd.parallel.adapters.git;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.git.GitFailure;
import dev.gsd.parallel.application.git.SquashMerge;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.CheckoutConflictException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The squash merge, computed in memory and applied like {@code git merge}: nothing in the project root is touched
 * until the result is known to be clean, the index and working tree move by a two-tree checkout that refuses to
 * overwrite a user's uncommitted or untracked file, and the branch ref moves last, only from the commit it was at.
 * Never a merge in the working tree followed by {@code reset --hard} (which destroys unrelated edits, spike §3).
 */
final class SquashMerger {

    static final String STATE = ".gsd/";

    private SquashMerger() {
    }

    /**
     * @param atRoot whether the integration branch is checked out at the project root (its index and working tree
     *               then follow the new commit)
     */
    static SquashMerge merge(Repository repository, Path root, ObjectId oursId, ObjectId theirsId, String refName,
            boolean atRoot, String message) throws IOException {
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit ours = walk.parseCommit(oursId);
            RevCommit theirs = walk.parseCommit(theirsId);
            if (walk.isMergedInto(theirs, ours)) {
                return new SquashMerge.NothingToMerge(Optional.empty());
            }
            ResolveMerger first = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
            ObjectId tree;
            if (first.merge(ours, theirs)) {
                tree = first.getResultTreeId();
            } else {
                TreeSet<String> unmerged = new TreeSet<>(first.getUnmergedPaths());
                unmerged.addAll(first.getFailingPaths() == null ? List.of() : first.getFailingPaths().keySet());
                List<String> code = unmerged.stream().filter(path -> !path.startsWith(STATE)).toList();
                if (!code.isEmpty()) {
                    return new SquashMerge.Conflict(code);
                }
                // every conflict is GSD state: the milestone's side wins, file by file, as GSD does
                ObjectId oursPrime = withTheirs(repository, inserter, ours, theirs, unmerged);
                ResolveMerger second = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
                if (!second.merge(oursPrime, theirs)) {
                    return new SquashMerge.Conflict(second.getUnmergedPaths());
                }
                tree = second.getResultTreeId();
            }
            if (tree.equals(ours.getTree())) {
                return new SquashMerge.NothingToMerge(Optional.empty());
            }
            List<String> changed = changedPaths(repository, ours.getTree(), tree);
            ObjectId commit = commit(repository, inserter, ours, tree, message);
            if (atRoot) {
                checkout(repository, ours.getTree(), tree);
            }
            RefUpdate update = repository.updateRef(atRoot ? Constants.HEAD : refName);
            update.setExpectedOldObjectId(ours);
            update.setNewObjectId(commit);
            update.setRefLogMessage("merge " + Repository.shortenRefName(refName) + ": squashed by gsd", false);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.FAST_FORWARD) {
                if (atRoot) {
                    checkout(repository, tree, ours.getTree());
                }
                throw new BadInput(Repository.shortenRefName(refName) + " moved while gsd was merging (" + result
                        + "); nothing was merged, try again");
            }
            boolean code = changed.stream().anyMatch(path -> !path.startsWith(STATE));
            return new SquashMerge.Committed(commit.name(), code, changed);
        }
    }

    /** Whether everything {@code tip} holds is on {@code integration}: an ancestor, or a merge that adds nothing. */
    static boolean isMerged(Repository repository, ObjectId tip, ObjectId integration) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit branch = walk.parseCommit(tip);
            RevCommit target = walk.parseCommit(integration);
            if (walk.isMergedInto(branch, target)) {
                return true;
            }
            ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
            return merger.merge(target, branch) && merger.getResultTreeId().equals(target.getTree());
        } catch (IOException e) {
            throw new GitFailure("cannot compare " + tip.name() + " with " + integration.name() + ": "
                    + e.getMessage(), e);
        }
    }

    /** A throwaway commit on {@code ours} whose tree has the milestone's version of every path in {@code paths}. */
    private static ObjectId withTheirs(Repository repository, ObjectInserter inserter, RevCommit ours,
            RevCommit theirs, TreeSet<String> paths) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            walk.setRecursive(true);
            walk.addTree(ours.getTree());
            walk.addTree(theirs.getTree());
            while (walk.next()) {
                String path = walk.getPathString();
                int side = paths.contains(path) ? 1 : 0;
                if (walk.getFileMode(side) == FileMode.MISSING) {
                    continue;
                }
                DirCacheEntry entry = new DirCacheEntry(path);
                entry.setFileMode(walk.getFileMode(side));
                entry.setObjectId(walk.getObjectId(side));
                builder.add(entry);
            }
        }
        builder.finish();
        ObjectId tree = index.writeTree(inserter);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        commit.setParentId(ours);
        PersonIdent gsd = new PersonIdent(repository);
        commit.setAuthor(gsd);
        commit.setCommitter(gsd);
        commit.setMessage("gsd: .gsd/ conflicts resolved to the milestone's side (never referenced)\n");
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        return id;
    }

    private static ObjectId commit(Repository repository, ObjectInserter inserter, RevCommit parent, ObjectId tree,
            String message) throws IOException {
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        commit.setParentId(parent);
        PersonIdent person = new PersonIdent(repository);
        commit.setAuthor(person);
        commit.setCommitter(person);
        commit.setMessage(message);
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        return id;
    }

    /**
     * Moves the root's index and working tree from {@code from} to {@code to} as {@code git read-tree -m -u} does:
     * paths the merge does not touch keep the user's staged and unstaged changes; a path it would overwrite is a
     * refusal, before anything is written.
     */
    private static void checkout(Repository repository, ObjectId from, ObjectId to) throws IOException {
        DirCache index;
        try {
            index = repository.lockDirCache();
        } catch (LockFailedException e) {
            throw new BadInput("the project root's git index is locked (.git/index.lock): another git command is"
                    + " running, or one crashed; wait for it or remove the lock, then merge again");
        }
        DirCacheCheckout checkout = null;
        try {
            checkout = new DirCacheCheckout(repository, from, index, to);
            checkout.setFailOnConflict(true);
            checkout.checkout();
        } catch (CheckoutConflictException e) {
            List<String> files = new ArrayList<>(checkout == null ? List.of() : checkout.getConflicts());
            if (files.isEmpty()) {
                files.add(e.getMessage());
            }
            throw new BadInput("the merge would overwrite uncommitted or untracked file(s) in the project root: "
                    + String.join(", ", files) + "; commit, stash or move them, then merge again");
        } finally {
            index.unlock();
        }
    }

    private static List<String> changedPaths(Repository repository, ObjectId before, ObjectId after)
            throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.setRecursive(true);
            walk.addTree(before);
            walk.addTree(after);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }
}
