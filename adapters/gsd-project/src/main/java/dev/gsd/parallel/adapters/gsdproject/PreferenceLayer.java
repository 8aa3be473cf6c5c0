package dev.gsd.parallel.adapters.gsdproject;

import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.AUTO_MERGE;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.BUDGET_CEILING;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.ENABLED;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.GIT;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.HEARTBEAT_INTERVAL_MS;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.MAIN_BRANCH;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.MAX_RESTARTS;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.MAX_WORKERS;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.MERGE_STRATEGY;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.PARALLEL;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.STALE_AFTER_MS;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.WORKER_COMMAND;
import static dev.gsd.parallel.adapters.gsdproject.PreferenceKeys.WORKER_MODEL;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.preferences.ParallelPreferences;
import dev.gsd.parallel.application.preferences.ParallelPreferences.AutoMerge;
import dev.gsd.parallel.application.preferences.ParallelPreferences.MergeStrategy;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The settings one preference file makes, each validated where it is written, so an error names the file that holds
 * the bad value. Merging layers is {@link YamlPreferenceFiles}' job.
 */
final class PreferenceLayer {

    /** A validated value and the file that set it. */
    record Setting(Object value, String file) {
    }

    static final long MIN_HEARTBEAT_MS = 100;
    static final long MAX_HEARTBEAT_MS = 60_000;
    static final long MIN_STALE_MS = 1_000;
    static final long MAX_STALE_MS = 3_600_000;
    static final int MAX_RESTARTS_LIMIT = 10;

    private static final int MAX_NUMBER_CHARS = 40;

    private final String file;
    private final Map<String, Setting> parallel = new LinkedHashMap<>();
    private final Map<String, Setting> git = new LinkedHashMap<>();

    private PreferenceLayer(String file) {
        this.file = file;
    }

    Map<String, Setting> parallel() {
        return parallel;
    }

    Map<String, Setting> git() {
        return git;
    }

    /** The settings of a preference file's text; unknown keys become warnings. */
    static PreferenceLayer of(String text, String file, List<String> warnings) {
        PreferenceLayer layer = new PreferenceLayer(file);
        FrontMatter frontMatter = FrontMatter.split(text, file);
        if (frontMatter.yaml().isEmpty()) {
            if (!text.isBlank()) {
                warnings.add(file + ": no YAML front matter (the file must start with a --- line, then the settings,"
                        + " then ---); nothing in it is used");
            }
            return layer;
        }
        for (Map.Entry<String, Object> entry : frontMatter.mapping(file).entrySet()) {
            String key = entry.getKey();
            if (key.equals(PARALLEL)) {
                layer.readParallel(block(entry.getValue(), PARALLEL, file), warnings);
            } else if (key.equals(GIT)) {
                layer.readGit(block(entry.getValue(), GIT, file), warnings);
            } else if (!PreferenceKeys.TOP_LEVEL_KEYS.contains(key)) {
                warnings.add(PreferenceKeys.unknown(file, key));
            }
        }
        return layer;
    }

    private void readParallel(Map<String, Object> settings, List<String> warnings) {
        for (Map.Entry<String, Object> entry : settings.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (!PreferenceKeys.PARALLEL_KEYS.contains(key)) {
                warnings.add(PreferenceKeys.unknown(file, PARALLEL + "." + key));
            } else if (!isUnset(value)) {
                parallel.put(key, new Setting(parallelValue(key, value), file));
            }
        }
    }

    private Object parallelValue(String key, Object value) {
        switch (key) {
            case ENABLED:
                return bool(key, value);
            case MAX_WORKERS:
                return (int) wholeNumber(key, value, ParallelPreferences.MIN_WORKERS, ParallelPreferences.MAX_WORKERS);
            case BUDGET_CEILING:
                return positiveNumber(key, value);
            case MERGE_STRATEGY:
                return word(key, value, MergeStrategy.values(), MergeStrategy::word);
            case AUTO_MERGE:
                return word(key, value, AutoMerge.values(), AutoMerge::word);
            case WORKER_COMMAND:
                return command(key, value);
            case WORKER_MODEL:
                return text(key, value, "a model name such as claude-sonnet-4-6");
            case HEARTBEAT_INTERVAL_MS:
                return wholeNumber(key, value, MIN_HEARTBEAT_MS, MAX_HEARTBEAT_MS);
            case STALE_AFTER_MS:
                return wholeNumber(key, value, MIN_STALE_MS, MAX_STALE_MS);
            case MAX_RESTARTS:
                return (int) wholeNumber(key, value, 0, MAX_RESTARTS_LIMIT);
            default:
                throw new IllegalStateException("unhandled parallel key " + key);
        }
    }

    private void readGit(Map<String, Object> settings, List<String> warnings) {
        for (Map.Entry<String, Object> entry : settings.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (!PreferenceKeys.GIT_KEYS.contains(key)) {
                warnings.add(PreferenceKeys.unknown(file, GIT + "." + key));
            } else if (key.equals(MAIN_BRANCH) && !isUnset(value)) {
                String branch = Scalar.stringOf(value);
                if (branch == null || !BranchNames.isValid(branch.strip())) {
                    throw invalid(GIT + "." + MAIN_BRANCH, BranchNames.VALID, value);
                }
                git.put(key, new Setting(branch.strip(), file));
            }
        }
    }

    private boolean bool(String key, Object value) {
        if (value instanceof Scalar && ((Scalar) value).kind() == Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(((Scalar) value).text().toLowerCase(Locale.ROOT));
        }
        throw invalid(PARALLEL + "." + key, "true or false", value);
    }

    private long wholeNumber(String key, Object value, long min, long max) {
        String valid = "a whole number from " + min + " to " + max;
        Optional<BigDecimal> number = number(value);
        if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0
                || number.get().compareTo(BigDecimal.valueOf(min)) < 0
                || number.get().compareTo(BigDecimal.valueOf(max)) > 0) {
            throw invalid(PARALLEL + "." + key, valid, value);
        }
        return number.get().longValueExact();
    }

    private BigDecimal positiveNumber(String key, Object value) {
        Optional<BigDecimal> number = number(value);
        if (number.isEmpty() || number.get().signum() <= 0) {
            throw invalid(PARALLEL + "." + key, "a number of US dollars greater than 0, such as 10 or 2.50", value);
        }
        return number.get();
    }

    private <T> T word(String key, Object value, T[] choices, Function<T, String> word) {
        String text = scalarText(value);
        for (T choice : choices) {
            if (word.apply(choice).equals(text)) {
                return choice;
            }
        }
        String valid = "one of " + Arrays.stream(choices).map(word).collect(Collectors.joining(", "));
        throw invalid(PARALLEL + "." + key, valid, value);
    }

    private String command(String key, Object value) {
        String text = text(key, value, "a command line such as \"" + ParallelPreferences.DEFAULT_WORKER_COMMAND
                + "\"");
        List<String> words;
        try {
            words = ShellWords.split(text);
        } catch (IllegalArgumentException e) {
            throw new BadInput(file + ": " + PARALLEL + "." + key + " must split into words like a POSIX shell"
                    + " command line, got " + Documents.show(value) + ": " + e.getMessage());
        }
        if (words.isEmpty()) {
            throw invalid(PARALLEL + "." + key, "a command line such as \""
                    + ParallelPreferences.DEFAULT_WORKER_COMMAND + "\"", value);
        }
        return text.strip();
    }

    private String text(String key, Object value, String valid) {
        String text = Scalar.stringOf(value);
        if (text == null || text.isBlank()) {
            throw invalid(PARALLEL + "." + key, valid, value);
        }
        return text.strip();
    }

    private static Optional<BigDecimal> number(Object value) {
        if (!(value instanceof Scalar)) {
            return Optional.empty();
        }
        Scalar scalar = (Scalar) value;
        if (scalar.kind() != Scalar.Kind.INTEGER && scalar.kind() != Scalar.Kind.DECIMAL) {
            return Optional.empty();
        }
        String text = scalar.text().startsWith("+") ? scalar.text().substring(1) : scalar.text();
        if (text.length() > MAX_NUMBER_CHARS) {
            // parsing a number of thousands of digits is slow, and no setting needs one
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            // .inf, .nan, 0x10, 1_000: YAML numbers, but not ones anyone means for these settings
            return Optional.empty();
        }
    }

    private static String scalarText(Object value) {
        return value instanceof Scalar && ((Scalar) value).kind() != Scalar.Kind.NULL
                ? ((Scalar) value).text() : null;
    }

    private static boolean isUnset(Object value) {
        return value instanceof Scalar && ((Scalar) value).isUnset();
    }

    private BadInput invalid(String key, String valid, Object value) {
        return new BadInput(file + ": " + key + " must be " + valid + ", got " + Documents.show(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> block(Object value, String key, String file) {
        if (isUnset(value)) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            String example = key.equals(PARALLEL) ? "'parallel:' then indented lines such as '  enabled: true'"
                    : "'git:' then indented lines such as '  main_branch: main'";
            throw new BadInput(file + ": " + key + " must be a block of settings (" + example + "), got "
                    + Documents.show(value));
        }
        return (Map<String, Object>) value;
    }
}
