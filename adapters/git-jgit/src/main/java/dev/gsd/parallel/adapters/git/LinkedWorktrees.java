package dev.gsd.parallel.adapters.git;

import dev.gsd.parallel.application.git.GitFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * git's records of linked worktrees ({@code <common>/worktrees/<id>/}), read the way git reads them. JGit knows none
 * of this, so the guard "a branch is checked out in one worktree at most" is written here.
 */
final class LinkedWorktrees {

    /** One admin directory: the worktree it records ({@code gitdir} minus {@code /.git}) and its HEAD. */
    record Admin(Path directory, Path worktree, String head) {
    }

    private LinkedWorktrees() {
    }

    static Path adminRoot(Repository repository) {
        return repository.getCommonDirectory().toPath().resolve("worktrees");
    }

    static Map<String, Admin> all(Repository repository) {
        Map<String, Admin> admins = new LinkedHashMap<>();
        Path adminRoot = adminRoot(repository);
        if (!Files.isDirectory(adminRoot)) {
            return admins;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(adminRoot)) {
            for (Path entry : entries) {
                read(entry).ifPresent(admin -> admins.put(entry.getFileName().toString(), admin));
            }
        } catch (IOException e) {
            throw new GitFailure("cannot list " + adminRoot + ": " + e.getMessage(), e);
        }
        return admins;
    }

    static Optional<Admin> read(Path admin) {
        try {
            Path gitdir = admin.resolve("gitdir");
            Path head = admin.resolve(Constants.HEAD);
            if (!Files.isRegularFile(gitdir) || !Files.isRegularFile(head)) {
                return Optional.empty();
            }
            Path dotGit = Path.of(Files.readString(gitdir, StandardCharsets.UTF_8).strip());
            if (!dotGit.isAbsolute()) {
                // git worktree.useRelativePaths: the path is relative to the admin directory
                dotGit = admin.resolve(dotGit).normalize();
            }
            return Optional.of(new Admin(admin, dotGit.getParent(), Files.readString(head, StandardCharsets.UTF_8)
                    .strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Where the branch {@code refName} is checked out: the main work tree or a linked worktree whose directory still
     * exists (a record whose directory is gone is prunable and holds nothing).
     */
    static Optional<Path> holderOf(Repository repository, String refName) {
        try {
            Path commonHead = repository.getCommonDirectory().toPath().resolve(Constants.HEAD);
            if (Files.isRegularFile(commonHead) && Files.readString(commonHead, StandardCharsets.UTF_8).strip()
                    .equals("ref: " + refName)) {
                Path main = repository.getCommonDirectory().toPath().getParent();
                return Optional.of(main);
            }
        } catch (IOException e) {
            throw new GitFailure("cannot read HEAD: " + e.getMessage(), e);
        }
        return all(repository).values().stream()
                .filter(admin -> admin.head().equals("ref: " + refName) && Files.exists(admin.worktree()))
                .map(Admin::worktree)
                .findFirst();
    }
}
