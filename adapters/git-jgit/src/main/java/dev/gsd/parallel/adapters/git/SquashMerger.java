package dev.gsd.parallel.adapters.git;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.git.GitFailure;
import dev.gsd.parallel.application.git.SquashMerge;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.Checkout;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheCheckout.CheckoutMetadata;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.WorkingTreeOptions;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The squash merge, computed in memory and applied like {@code git merge}: nothing in the project root is touched
 * until the result is known to be clean, the index and working tree move only on the paths the merge changes and
 * only when none of them holds a user's uncommitted or untracked file, and the branch ref moves last, only from the
 * commit it was at.
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
        return commit(repository, inserter, ours, index.writeTree(inserter),
                "gsd: .gsd/ conflicts resolved to the milestone's side (never referenced)\n");
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

    /** One path the merge changes: its mode and blob in the old HEAD tree and in the merged tree. */
    private record Change(String path, FileMode oldMode, ObjectId oldId, FileMode newMode, ObjectId newId) {

        boolean wasThere() {
            return oldMode != FileMode.MISSING;
        }

        boolean staysThere() {
            return newMode != FileMode.MISSING;
        }
    }

    /**
     * Moves the root's index and working tree from {@code from} to {@code to}, touching only the paths that differ
     * between the two trees (git's {@code read-tree -m -u} outcome without its whole-tree scan). Every such path
     * must have its index entry and working file as in {@code from}, and no untracked file may stand where the merge
     * writes; all of them are checked before anything is written, and a refusal names every offending file. Then
     * the files are written or deleted and only their index entries replaced, with fresh stat data; the user's
     * other staged and unstaged changes stay as they are.
     */
    private static void checkout(Repository repository, ObjectId from, ObjectId to) throws IOException {
        DirCache index;
        try {
            index = repository.lockDirCache();
        } catch (LockFailedException e) {
            throw new BadInput("the project root's git index is locked (.git/index.lock): another git command is"
                    + " running, or one crashed; wait for it or remove the lock, then merge again");
        }
        try (ObjectReader reader = repository.newObjectReader()) {
            Map<String, Change> changes = changes(reader, from, to);
            if (changes.isEmpty()) {
                return;
            }
            Map<String, CheckoutMetadata> metadata = new HashMap<>();
            TreeSet<String> refused = check(repository, reader, index, from, to, changes, metadata);
            if (!refused.isEmpty()) {
                throw new BadInput("the merge would overwrite uncommitted or untracked file(s) in the project root: "
                        + String.join(", ", refused) + "; commit, stash or move them, then merge again");
            }
            write(repository, reader, index, changes, metadata);
        } finally {
            index.unlock();
        }
    }

    private static Map<String, Change> changes(ObjectReader reader, ObjectId from, ObjectId to) throws IOException {
        Map<String, Change> changes = new LinkedHashMap<>();
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.setRecursive(true);
            walk.addTree(from);
            walk.addTree(to);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                String path = walk.getPathString();
                changes.put(path, new Change(path, walk.getFileMode(0), walk.getObjectId(0), walk.getFileMode(1),
                        walk.getObjectId(1)));
            }
        }
        return changes;
    }

    /** The paths that would lose a user's change; fills {@code metadata} with how each new file is written. */
    private static TreeSet<String> check(Repository repository, ObjectReader reader, DirCache index, ObjectId from,
            ObjectId to, Map<String, Change> changes, Map<String, CheckoutMetadata> metadata) throws IOException {
        TreeSet<String> refused = new TreeSet<>(obstacles(repository.getWorkTree().toPath(), changes));
        try (TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.setOperationType(TreeWalk.OperationType.CHECKOUT_OP);
            walk.setRecursive(true);
            walk.addTree(from);
            walk.addTree(to);
            int staged = walk.addTree(new DirCacheIterator(index));
            FileTreeIterator files = new FileTreeIterator(repository);
            int work = walk.addTree(files);
            files.setDirCacheIterator(walk, staged);
            walk.setFilter(PathFilterGroup.createFromStrings(changes.keySet()));
            while (walk.next()) {
                String path = walk.getPathString();
                Change change = changes.get(path);
                DirCacheIterator entry = walk.getTree(staged, DirCacheIterator.class);
                WorkingTreeIterator file = walk.getTree(work, WorkingTreeIterator.class);
                if (change == null) {
                    // beneath a path the merge writes or deletes as a file: the user's file would be in the way
                    if (entry != null || file != null) {
                        refused.add(path);
                    }
                    continue;
                }
                if (!untouched(change, entry, file, reader)) {
                    refused.add(path);
                }
                metadata.put(path, new CheckoutMetadata(walk.getEolStreamType(TreeWalk.OperationType.CHECKOUT_OP),
                        walk.getFilterCommand(Constants.ATTR_FILTER_TYPE_SMUDGE)));
            }
        }
        return refused;
    }

    /**
     * What stands in the way on the file system itself, seen without following links: an ancestor of a path the
     * merge writes or deletes that is a symbolic link or not a directory (unless the merge itself deletes that
     * tracked file first), or a directory where the merge writes or deletes a file. Writing through such a link
     * would change files outside the project root.
     */
    private static TreeSet<String> obstacles(Path top, Map<String, Change> changes) {
        TreeSet<String> refused = new TreeSet<>();
        for (Change change : changes.values()) {
            String path = change.path();
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                String ancestor = path.substring(0, slash);
                Path onDisk = top.resolve(ancestor);
                if (Files.isSymbolicLink(onDisk)
                        || Files.exists(onDisk, LinkOption.NOFOLLOW_LINKS)
                                && !Files.isDirectory(onDisk, LinkOption.NOFOLLOW_LINKS)) {
                    Change replaced = changes.get(ancestor);
                    if (replaced == null || replaced.staysThere()) {
                        refused.add(ancestor);
                    }
                }
            }
            if (change.oldMode() != FileMode.GITLINK && change.newMode() != FileMode.GITLINK
                    && Files.isDirectory(top.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                refused.add(path);
            }
        }
        return refused;
    }

    /**
     * Checks (and with {@code create} makes) the directories between {@code top} and {@code file}, never through a
     * symbolic link: a link or a file among the ancestors fails the write (the check refuses those up front; this
     * guards the gap). Without {@code create}, whether all of them exist.
     */
    private static boolean directoriesTo(Path top, Path file, boolean create) throws IOException {
        Path relative = top.relativize(file.getParent() == null ? top : file.getParent());
        Path current = top;
        for (Path name : relative) {
            if (name.toString().isEmpty()) {
                continue;
            }
            current = current.resolve(name);
            if (Files.isSymbolicLink(current)) {
                throw new GitFailure("cannot write " + top.relativize(file) + ": " + top.relativize(current)
                        + " is a symbolic link", null);
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                if (!create) {
                    return false;
                }
                Files.createDirectory(current);
            } else if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                throw new GitFailure("cannot write " + top.relativize(file) + ": " + top.relativize(current)
                        + " is not a directory", null);
            }
        }
        return true;
    }

    /** Whether the index entry and the working file of a changed path are exactly as in the old HEAD tree. */
    private static boolean untouched(Change change, DirCacheIterator entry, WorkingTreeIterator file,
            ObjectReader reader) throws IOException {
        if (!change.wasThere()) {
            return entry == null && file == null;
        }
        if (entry == null || entry.getDirCacheEntry().getStage() != DirCacheEntry.STAGE_0
                || !entry.getEntryFileMode().equals(change.oldMode())
                || !entry.getEntryObjectId().equals(change.oldId())) {
            return false;
        }
        if (change.oldMode() == FileMode.GITLINK) {
            return true;
        }
        if (file == null) {
            return false;
        }
        DirCacheEntry staged = entry.getDirCacheEntry();
        if (!staged.isAssumeValid()) {
            return !file.isModified(staged, true, reader);
        }
        // git update-index --assume-unchanged: JGit would trust the flag and skip the file; git itself refuses to
        // overwrite such a file when it changed, so look at its content with the flag lifted for the comparison
        staged.setAssumeValid(false);
        try {
            return !file.isModified(staged, true, reader);
        } finally {
            staged.setAssumeValid(true);
        }
    }

    /** Test hook: runs before each path is deleted or written; a test makes it throw to simulate a failing disk. */
    interface BeforeWrite {
        void at(String path) throws IOException;
    }

    static volatile BeforeWrite beforeWrite = path -> { };

    /**
     * Deletes and writes the changed paths, then commits the index. If anything fails part-way, every path already
     * touched is put back as it was in the old HEAD tree (which the check proved is what the user had), newest first,
     * and the failure is rethrown: the working tree is as before and the index was never written.
     */
    private static void write(Repository repository, ObjectReader reader, DirCache index, Map<String, Change> changes,
            Map<String, CheckoutMetadata> metadata) throws IOException {
        Path top = repository.getWorkTree().toPath();
        DirCacheEditor editor = index.editor();
        Checkout files = new Checkout(repository);
        List<Change> deletions = changes.values().stream().filter(change -> !change.staysThere())
                .sorted(Comparator.comparing(Change::path).reversed()).toList();
        List<Change> touched = new ArrayList<>();
        try {
            for (Change change : deletions) {
                beforeWrite.at(change.path());
                touched.add(change);
                Path file = top.resolve(change.path());
                if (change.oldMode() != FileMode.GITLINK) {
                    if (directoriesTo(top, file, false)) {
                        Files.deleteIfExists(file);
                    }
                }
                removeEmptyParents(top, file.getParent());
                editor.add(new DirCacheEditor.DeletePath(change.path()));
            }
            for (Change change : changes.values()) {
                if (!change.staysThere()) {
                    continue;
                }
                beforeWrite.at(change.path());
                touched.add(change);
                DirCacheEntry written = entry(change.path(), change.newMode(), change.newId());
                put(repository, reader, files, top, written, metadata.get(change.path()));
                editor.add(new DirCacheEditor.PathEdit(written) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.copyMetaData(written);
                    }
                });
            }
            if (!editor.commit()) {
                throw new GitFailure("cannot write the project root's git index", null);
            }
        } catch (IOException | RuntimeException e) {
            for (int i = touched.size() - 1; i >= 0; i--) {
                Change change = touched.get(i);
                try {
                    restore(repository, reader, files, top, change, metadata.get(change.path()));
                } catch (IOException | RuntimeException again) {
                    e.addSuppressed(again);
                }
            }
            throw e;
        }
    }

    private static DirCacheEntry entry(String path, FileMode mode, ObjectId id) {
        DirCacheEntry entry = new DirCacheEntry(path);
        entry.setFileMode(mode);
        entry.setObjectId(id);
        return entry;
    }

    private static void put(Repository repository, ObjectReader reader, Checkout files, Path top,
            DirCacheEntry entry, CheckoutMetadata metadata) throws IOException {
        String path = entry.getPathString();
        Path file = top.resolve(path);
        directoriesTo(top, file, true);
        if (entry.getFileMode() == FileMode.GITLINK) {
            files.checkoutGitlink(entry, path);
        } else if (FileMode.REGULAR_FILE.equals(entry.getFileMode().getBits())
                || FileMode.EXECUTABLE_FILE.equals(entry.getFileMode().getBits())) {
            writeInPlace(repository, reader, files.getWorkingTreeOptions(), entry, file, metadata);
        } else {
            files.checkout(entry, metadata, reader, path);
        }
    }

    /** Puts one touched path back as in the old HEAD tree: the new file removed, the old one written again. */
    private static void restore(Repository repository, ObjectReader reader, Checkout files, Path top, Change change,
            CheckoutMetadata metadata) throws IOException {
        Path file = top.resolve(change.path());
        boolean gitlink = change.oldMode() == FileMode.GITLINK || change.newMode() == FileMode.GITLINK;
        if (gitlink) {
            return;
        }
        if (change.staysThere() && directoriesTo(top, file, false)
                && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(file);
        }
        if (change.wasThere()) {
            put(repository, reader, files, top, entry(change.path(), change.oldMode(), change.oldId()), metadata);
        } else {
            removeEmptyParents(top, file.getParent());
        }
    }

    /**
     * Writes a regular file as git's checkout does: the old file unlinked (never written through a link), the new
     * one created in place (no temporary file and rename per file), then its stat data put on the index entry.
     */
    private static void writeInPlace(Repository repository, ObjectReader reader, WorkingTreeOptions options,
            DirCacheEntry entry, Path file, CheckoutMetadata metadata) throws IOException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new GitFailure("cannot write " + entry.getPathString() + ": a directory is in the way", null);
        }
        Files.deleteIfExists(file);
        ObjectLoader blob = reader.open(entry.getObjectId(), Constants.OBJ_BLOB);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            DirCacheCheckout.getContent(repository, entry.getPathString(), metadata, blob, options, out);
        }
        FS fs = repository.getFS();
        if (options.isFileMode() && fs.supportsExecute()) {
            fs.setExecute(file.toFile(), FileMode.EXECUTABLE_FILE.equals(entry.getRawMode()));
        }
        entry.setLastModified(fs.lastModifiedInstant(file));
        entry.setLength(Files.size(file));
    }

    private static void removeEmptyParents(Path top, Path directory) throws IOException {
        for (Path current = directory; current != null && !current.equals(top) && current.startsWith(top);
                current = current.getParent()) {
            try (var entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (java.nio.file.NoSuchFileException e) {
                continue;
            }
            Files.delete(current);
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
