package dev.gsd.parallel.adapters.gsdproject;

import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.AUTO_MERGE;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.BUDGET_CEILING;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.ENABLED;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.HEARTBEAT_INTERVAL_MS;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.MAIN_BRANCH;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.MAX_RESTARTS;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.MAX_WORKERS;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.MERGE_STRATEGY;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.STALE_AFTER_MS;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.WORKER_COMMAND;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.WORKER_MODEL;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.ReadResult;
import dev.gsd.parallel.application.preferences.GitPreferences;
import dev.gsd.parallel.application.preferences.ParallelPreferences;
import dev.gsd.parallel.application.preferences.ParallelPreferences.AutoMerge;
import dev.gsd.parallel.application.preferences.ParallelPreferences.MergeStrategy;
import dev.gsd.parallel.application.preferences.PreferenceFiles;
import dev.gsd.parallel.application.preferences.Preferences;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link PreferenceFiles} on GSD's {@code PREFERENCES.md} files: the global one in GSD's home, then the project's
 * {@code .gsd/PREFERENCES.md}. Project settings win, key by key inside {@code parallel:} and {@code git:}. Unlike
 * GSD, an invalid value is an error, never quietly replaced by a default: a typo in {@code max_workers} must not
 * start four agents on someone's budget.
 */
final class YamlPreferenceFiles implements PreferenceFiles {

    private static final String FILE = "PREFERENCES.md";
    private static final String LEGACY_FILE = "preferences.md";

    private final Path gsdHome;

    YamlPreferenceFiles(Path gsdHome) {
        this.gsdHome = gsdHome;
    }

    @Override
    public ReadResult<Preferences> read(Path root) {
        ProjectTree tree = ProjectTree.at(root);
        List<String> warnings = new ArrayList<>();
        List<PreferenceLayer> layers = new ArrayList<>();
        find(gsdHome).ifPresent(file -> {
            String name = globalName(file);
            layers.add(PreferenceLayer.of(TextFiles.read(file, name), name, warnings));
        });
        find(tree.gsd()).ifPresent(file -> {
            String name = tree.name(file);
            layers.add(PreferenceLayer.of(tree.read(file), name, warnings));
        });
        Map<String, PreferenceLayer.Setting> parallel = new HashMap<>();
        Map<String, PreferenceLayer.Setting> git = new HashMap<>();
        for (PreferenceLayer layer : layers) {
            parallel.putAll(layer.parallel());
            git.putAll(layer.git());
        }
        return new ReadResult<>(new Preferences(parallel(parallel), git(git)), warnings);
    }

    private static ParallelPreferences parallel(Map<String, PreferenceLayer.Setting> settings) {
        ParallelPreferences defaults = ParallelPreferences.defaults();
        long heartbeat = value(settings, HEARTBEAT_INTERVAL_MS, Long.class).orElse(defaults.heartbeatIntervalMs());
        long stale = value(settings, STALE_AFTER_MS, Long.class).orElse(defaults.staleAfterMs());
        if (stale <= heartbeat) {
            PreferenceLayer.Setting blamed = settings.containsKey(STALE_AFTER_MS) ? settings.get(STALE_AFTER_MS)
                    : settings.get(HEARTBEAT_INTERVAL_MS);
            throw new BadInput(blamed.file() + ": parallel." + STALE_AFTER_MS + " must be greater than parallel."
                    + HEARTBEAT_INTERVAL_MS + " (a worker is hung only after missing heartbeats), got "
                    + STALE_AFTER_MS + " " + stale + describe(settings, STALE_AFTER_MS) + " and "
                    + HEARTBEAT_INTERVAL_MS + " " + heartbeat + describe(settings, HEARTBEAT_INTERVAL_MS));
        }
        return new ParallelPreferences(
                value(settings, ENABLED, Boolean.class).orElse(defaults.enabled()),
                value(settings, MAX_WORKERS, Integer.class).orElse(defaults.maxWorkers()),
                value(settings, BUDGET_CEILING, BigDecimal.class).or(defaults::budgetCeiling),
                value(settings, MERGE_STRATEGY, MergeStrategy.class).orElse(defaults.mergeStrategy()),
                value(settings, AUTO_MERGE, AutoMerge.class).orElse(defaults.autoMerge()),
                value(settings, WORKER_COMMAND, String.class).orElse(defaults.workerCommand()),
                value(settings, WORKER_MODEL, String.class).or(defaults::workerModel),
                heartbeat,
                stale,
                value(settings, MAX_RESTARTS, Integer.class).orElse(defaults.maxRestarts()));
    }

    private static GitPreferences git(Map<String, PreferenceLayer.Setting> settings) {
        return new GitPreferences(value(settings, MAIN_BRANCH, String.class));
    }

    private static <T> Optional<T> value(Map<String, PreferenceLayer.Setting> settings, String key, Class<T> type) {
        return Optional.ofNullable(settings.get(key)).map(setting -> type.cast(setting.value()));
    }

    private static String describe(Map<String, PreferenceLayer.Setting> settings, String key) {
        return settings.containsKey(key) ? "" : " (the default)";
    }

    /** {@code PREFERENCES.md} in {@code directory}, else GSD's older lower-case name. */
    private static Optional<Path> find(Path directory) {
        for (String name : List.of(FILE, LEGACY_FILE)) {
            Path file = directory.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The global file as the user would type it: under {@code ~} when it is in the home directory. */
    private static String globalName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && absolute.startsWith(Path.of(home))) {
            return ("~/" + Path.of(home).relativize(absolute)).replace(File.separatorChar, '/');
        }
        return absolute.toString();
    }
}
