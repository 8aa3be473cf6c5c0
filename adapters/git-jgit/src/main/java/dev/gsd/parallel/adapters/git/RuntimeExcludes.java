package dev.gsd.parallel.adapters.git;

import dev.gsd.parallel.application.git.GitFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Repository;

/**
 * Keeps the orchestrator's runtime files out of commits through the repository's {@code info/exclude} (shared by
 * every worktree, and never the user's {@code .gitignore}). Idempotent: only missing lines are appended.
 */
final class RuntimeExcludes {

    static final List<String> PATTERNS = List.of("/.gsd/parallel/", "/.gsd/worktrees/", "/.gsd/auto.lock",
            "/.gsd/metrics.json");

    private static final String HEADER = "# gsd parallel: runtime files, never committed";

    private RuntimeExcludes() {
    }

    static void ensure(Repository repository) {
        Path exclude = repository.getCommonDirectory().toPath().resolve("info").resolve("exclude");
        try {
            List<String> present = Files.exists(exclude) ? Files.readAllLines(exclude, StandardCharsets.UTF_8)
                    : List.of();
            List<String> missing = new ArrayList<>();
            for (String pattern : PATTERNS) {
                if (!present.contains(pattern)) {
                    missing.add(pattern);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            if (Files.exists(exclude) && Files.size(exclude) > 0 && !endsWithNewline(exclude)) {
                text.append('\n');
            }
            if (!present.contains(HEADER)) {
                text.append(HEADER).append('\n');
            }
            missing.forEach(pattern -> text.append(pattern).append('\n'));
            Files.createDirectories(exclude.getParent());
            Files.writeString(exclude, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new GitFailure("cannot update " + exclude + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code path} (relative to a work tree, '/'-separated) is one of the orchestrator's own runtime files:
     * never the user's work, even in a worktree made without us and so without the exclude lines.
     */
    static boolean isRuntime(String path) {
        for (String pattern : PATTERNS) {
            String relative = pattern.substring(1);
            if (relative.endsWith("/") ? path.startsWith(relative) : path.equals(relative)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
    }
}
