package dev.gsd.parallel.adapters.git;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.git.GitFailure;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.SystemReader;

/** Opening a project's repository with the guards JGit lacks. */
final class Repositories {

    /**
     * A conservative timestamp resolution for file systems JGit has not measured yet: coarser than any local Linux
     * file system's, so "racily clean" files are re-read rather than missed.
     */
    static final String ASSUMED_RESOLUTION = "20 milliseconds";

    private Repositories() {
    }

    /**
     * The repository whose work tree is exactly {@code root}, with {@code gc.auto=0} in memory (JGit's GC does not
     * know linked worktrees and could prune what only they reference; the file is never changed).
     */
    static Repository open(Path root) {
        assumeTimestampResolution(root);
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile()).setMustExist(true);
        if (builder.getGitDir() == null) {
            throw new BadInput(root + " is not in a git repository; run git init there and make a first commit");
        }
        Repository repository;
        try {
            repository = builder.build();
        } catch (IOException e) {
            throw new GitFailure("cannot open the git repository of " + root + ": " + e.getMessage(), e);
        }
        if (repository.isBare()) {
            repository.close();
            throw new BadInput(root + " belongs to a bare git repository; gsd needs a checkout");
        }
        if (!sameFile(repository.getWorkTree().toPath(), root)) {
            Path top = repository.getWorkTree().toPath();
            repository.close();
            throw new BadInput("the project root " + root + " is not the top of its git repository (" + top
                    + "); run gsd in a project that is its own repository");
        }
        guard(repository);
        return repository;
    }

    /** The in-memory guard every JGit repository we open gets, the linked worktrees' too. */
    static void guard(Repository repository) {
        repository.getConfig().setInt("gc", null, "auto", 0);
    }

    /**
     * The branch checked out at the root.
     *
     * @throws BadInput on a detached HEAD or an unborn branch
     */
    static Ref currentBranch(Repository repository) {
        try {
            Ref head = repository.exactRef(Constants.HEAD);
            if (head == null || !head.isSymbolic()) {
                throw new BadInput("the project root is on a detached HEAD; check out the integration branch"
                        + " (e.g. git checkout main) and try again");
            }
            Ref target = head.getTarget();
            if (target.getObjectId() == null) {
                throw new BadInput("the repository has no commits yet (unborn branch "
                        + Repository.shortenRefName(target.getName()) + "); make a first commit and try again");
            }
            return target;
        } catch (IOException e) {
            throw new GitFailure("cannot read HEAD: " + e.getMessage(), e);
        }
    }

    static ObjectId resolveBranch(Repository repository, String branch) {
        try {
            Ref ref = repository.exactRef(Constants.R_HEADS + branch);
            return ref == null ? null : ref.getObjectId();
        } catch (IOException e) {
            throw new GitFailure("cannot read branch " + branch + ": " + e.getMessage(), e);
        }
    }

    static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * JGit measures a file system's timestamp resolution the first time it meets it in a JDK (about 3 s) and
     * writes the result to {@code ~/.config/jgit/config}. A user's first command must not pay that silently, so when
     * JGit has no figure for the file system of {@code root} yet, a conservative one is set in memory only: JGit
     * then skips the probe, and a figure measured earlier is never overridden.
     */
    static void assumeTimestampResolution(Path root) {
        try {
            FileStore store = Files.getFileStore(root);
            String key = System.getProperty("java.vendor") + '|' + System.getProperty("java.version") + '|'
                    + store.name();
            StoredConfig user = SystemReader.getInstance().getUserConfig();
            if (user.getString("filesystem", key, "timestampResolution") == null) {
                StoredConfig jgit = SystemReader.getInstance().getJGitConfig();
                jgit.setString("filesystem", key, "timestampResolution", ASSUMED_RESOLUTION);
                jgit.setString("filesystem", key, "minRacyThreshold", ASSUMED_RESOLUTION);
                user.setString("filesystem", key, "timestampResolution", ASSUMED_RESOLUTION);
                user.setString("filesystem", key, "minRacyThreshold", ASSUMED_RESOLUTION);
            }
        } catch (IOException | ConfigInvalidException | RuntimeException e) {
            // JGit will measure, as it would have anyway
        }
    }
}
