package dev.gsd.parallel.adapters.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything a user could lose in a project root: HEAD and the branch it names, the index file's bytes, every file
 * of the working tree (outside {@code .git}), and git's merge leftovers.
 */
record RootSnapshot(String head, String tip, String index, Map<String, String> files, boolean mergeLeftovers,
        String stashes) {

    static RootSnapshot of(Path root) {
        try {
            Path git = root.resolve(".git");
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.filter(Files::isRegularFile).toList()) {
                    String name = root.relativize(path).toString();
                    if (!name.startsWith(".git/") && !name.startsWith(".gsd/worktrees/")) {
                        files.put(name, Arrays.toString(Files.readAllBytes(path)).hashCode() + ":" + Files.size(path));
                    }
                }
            }
            boolean leftovers = Stream.of("MERGE_HEAD", "MERGE_MSG", "SQUASH_MSG", "ORIG_HEAD", "index.lock")
                    .anyMatch(name -> Files.exists(git.resolve(name)));
            return new RootSnapshot(Files.readString(git.resolve("HEAD")), GitCli.git(root, "rev-parse", "HEAD"),
                    Arrays.toString(Files.readAllBytes(git.resolve("index"))), files, leftovers,
                    GitCli.git(root, "stash", "list"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
