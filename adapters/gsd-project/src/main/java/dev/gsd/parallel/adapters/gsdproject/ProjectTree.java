package dev.gsd.parallel.adapters.gsdproject;

import dev.gsd.parallel.application.BadInput;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of one project: where they are, what the user calls them, and the fence around them. A file "belongs"
 * when its real path lies under the project root or under the real path of {@code .gsd/} (GSD itself often makes
 * {@code .gsd} a symlink to {@code ~/.gsd/projects/<hash>/}); anything else reached through a symlink is refused, so
 * a project cannot make gsd read (and echo) files elsewhere on the machine.
 */
final class ProjectTree {

    private final Path root;
    private final Path gsd;
    private final Path realGsd;

    private ProjectTree(Path root, Path gsd, Path realGsd) {
        this.root = root;
        this.gsd = gsd;
        this.realGsd = realGsd;
    }

    /** The project at {@code root}, which must have a {@code .gsd} directory. */
    static ProjectTree at(Path root) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new BadInput("no GSD project at " + root + ": " + TextFiles.describe(e)
                    + ". Run gsd in a project, or pass -C <dir>.");
        }
        Path gsd = realRoot.resolve(".gsd");
        if (!Files.isDirectory(gsd)) {
            throw new BadInput("no GSD project at " + realRoot + ": no .gsd directory found."
                    + " Run gsd in a project, or pass -C <dir>.");
        }
        try {
            return new ProjectTree(realRoot, gsd, gsd.toRealPath());
        } catch (IOException e) {
            throw new BadInput(".gsd cannot be read: " + TextFiles.describe(e));
        }
    }

    Path root() {
        return root;
    }

    /** {@code <root>/.gsd}, as the user sees it (not resolved through a symlink). */
    Path gsd() {
        return gsd;
    }

    /** How messages name {@code path}: relative to the project root with {@code /}, else absolute. */
    String name(Path path) {
        Path shown = path.startsWith(root) ? root.relativize(path) : path;
        return shown.toString().replace(File.separatorChar, '/');
    }

    /**
     * Refuses {@code path} if it resolves outside the project. Callers check a directory before the files in it, so
     * the path named is the symlink that leaves.
     */
    void confine(Path path) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new BadInput(name(path) + " cannot be read: " + TextFiles.describe(e));
        }
        if (!real.startsWith(root) && !real.startsWith(realGsd)) {
            throw new BadInput("refused: " + name(path) + " is a symlink leading outside the project (" + real
                    + "); gsd reads only files inside the project");
        }
    }

    /** The text of a file of this project, confined and checked by {@link TextFiles#read}. */
    String read(Path file) {
        confine(file);
        return TextFiles.read(file, name(file));
    }
}
