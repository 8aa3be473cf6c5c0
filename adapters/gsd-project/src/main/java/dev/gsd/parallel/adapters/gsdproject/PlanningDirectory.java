package dev.gsd.parallel.adapters.gsdproject;

import dev.gsd.parallel.application.BadInput;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One directory of planning files, listed once, and GSD's lookup rules over it. A file {@code <ID>-<SUFFIX>.md} is
 * found as: the exact name; the same name in another case; legacy {@code <ID>-<anything>-<SUFFIX>.md}; legacy bare
 * {@code <suffix>.md}. A directory {@code <ID>} as: the exact name; another case; legacy {@code <ID>-<descriptor>}.
 * Only regular files and directories count (after following links), so a FIFO or a device never gets opened.
 */
final class PlanningDirectory {

    private final Path directory;
    private final List<String> files;
    private final List<String> directories;

    private PlanningDirectory(Path directory, List<String> files, List<String> directories) {
        this.directory = directory;
        this.files = files;
        this.directories = directories;
    }

    static PlanningDirectory list(Path directory, ProjectTree tree) {
        List<String> files = new ArrayList<>();
        List<String> directories = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isRegularFile(entry)) {
                    files.add(name);
                } else if (Files.isDirectory(entry)) {
                    directories.add(name);
                }
            }
        } catch (IOException e) {
            throw new BadInput(tree.name(directory) + " cannot be read: " + TextFiles.describe(e));
        }
        files.sort(null);
        directories.sort(null);
        return new PlanningDirectory(directory, files, directories);
    }

    /** {@code <id>-<suffix>.md} by GSD's lookup order. */
    Optional<Path> markdown(String id, String suffix) {
        String exact = id + "-" + suffix + ".md";
        Optional<String> found = files.stream().filter(exact::equals).findFirst()
                .or(() -> files.stream().filter(exact::equalsIgnoreCase).findFirst())
                .or(() -> files.stream().filter(name -> isLegacy(name, id, suffix)).findFirst())
                .or(() -> files.stream().filter((suffix + ".md")::equalsIgnoreCase).findFirst());
        return found.map(directory::resolve);
    }

    /** A file by its exact name. */
    Optional<Path> exactly(String name) {
        return files.contains(name) ? Optional.of(directory.resolve(name)) : Optional.empty();
    }

    /** The directory {@code id}, by GSD's lookup order. */
    Optional<Path> subdirectory(String id) {
        String prefix = id.toLowerCase(Locale.ROOT) + "-";
        Optional<String> found = directories.stream().filter(id::equals).findFirst()
                .or(() -> directories.stream().filter(id::equalsIgnoreCase).findFirst())
                .or(() -> directories.stream()
                        .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(prefix)).findFirst());
        return found.map(directory::resolve);
    }

    private static boolean isLegacy(String name, String id, String suffix) {
        String lower = name.toLowerCase(Locale.ROOT);
        String head = id.toLowerCase(Locale.ROOT) + "-";
        String tail = "-" + suffix.toLowerCase(Locale.ROOT) + ".md";
        return lower.length() > head.length() + tail.length() && lower.startsWith(head) && lower.endsWith(tail);
    }
}
