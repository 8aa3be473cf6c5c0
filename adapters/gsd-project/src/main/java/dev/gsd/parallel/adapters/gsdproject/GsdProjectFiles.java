package dev.gsd.parallel.adapters.gsdproject;

import dev.gsd.parallel.application.preferences.PreferenceFiles;
import dev.gsd.parallel.application.project.ProjectPlans;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The way in: a GSD project's planning files and GSD's preference files, read from disk. Everything else in this
 * package is an implementation detail.
 */
public final class GsdProjectFiles {

    private GsdProjectFiles() {
    }

    /** The plans of projects on this machine; never treats GSD's own {@code ~/.gsd} as a project. */
    public static ProjectPlans projectPlans() {
        return new MarkdownProjectPlans(userHome().resolve(".gsd"));
    }

    /**
     * The preferences of projects on this machine.
     *
     * @param gsdHome GSD's home directory ({@code $GSD_HOME}, else {@code ~/.gsd}), which holds the global
     *                {@code PREFERENCES.md}
     */
    public static PreferenceFiles preferenceFiles(Path gsdHome) {
        return new YamlPreferenceFiles(Objects.requireNonNull(gsdHome, "gsdHome"));
    }

    /**
     * A command line split into words as a POSIX shell would split it (quotes respected, no expansion), which is how
     * {@code parallel.worker_command} is run. Preferences have already checked that their command splits.
     *
     * @throws IllegalArgumentException if it does not split: an unclosed quote, or something only a shell could do
     */
    public static List<String> commandWords(String commandLine) {
        return ShellWords.split(commandLine);
    }

    private static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }
}
