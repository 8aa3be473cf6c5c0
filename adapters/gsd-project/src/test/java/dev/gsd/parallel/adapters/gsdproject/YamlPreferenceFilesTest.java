package dev.gsd.parallel.adapters.gsdproject;

import static dev.gsd.parallel.adapters.gsdproject.TestProject.assertMentions;
import static dev.gsd.parallel.adapters.gsdproject.TestProject.badInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.ReadResult;
import dev.gsd.parallel.application.preferences.GitPreferences;
import dev.gsd.parallel.application.preferences.ParallelPreferences;
import dev.gsd.parallel.application.preferences.ParallelPreferences.AutoMerge;
import dev.gsd.parallel.application.preferences.ParallelPreferences.MergeStrategy;
import dev.gsd.parallel.application.preferences.Preferences;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlPreferenceFilesTest {

    private static final String PROJECT_FILE = ".gsd/PREFERENCES.md";

    @TempDir
    Path temp;

    private TestProject project;
    private Path home;

    @BeforeEach
    void setUp() throws Exception {
        project = new TestProject(temp.resolve("project"));
        home = Files.createDirectories(temp.resolve("gsd-home"));
    }

    private ReadResult<Preferences> read() {
        return GsdProjectFiles.preferenceFiles(home).read(project.root());
    }

    private void projectPreferences(String yaml) {
        project.write(PROJECT_FILE, "---\n" + yaml + "\n---\n\n# Project preferences\n");
    }

    private void globalPreferences(String yaml) throws Exception {
        Files.writeString(home.resolve("PREFERENCES.md"), "---\n" + yaml + "\n---\n");
    }

    @Test
    void no_files_means_the_defaults() {
        ReadResult<Preferences> result = read();

        assertEquals(Preferences.defaults(), result.value());
        assertEquals(List.of(), result.warnings());
        assertEquals("gsd headless --json auto", result.value().parallel().workerCommand());
    }

    @Test
    void every_key_is_read() {
        projectPreferences("parallel:\n  enabled: true\n  max_workers: 3\n  budget_ceiling: 12.50\n"
                + "  merge_strategy: per-slice\n  auto_merge: auto\n"
                + "  worker_command: \"{gsd} sim-agent --task-ms 50\"\n"
                + "  worker_model: claude-sonnet-4-6\n  heartbeat_interval_ms: 500\n  stale_after_ms: 5000\n"
                + "  max_restarts: 0\ngit:\n  main_branch: trunk");

        Preferences preferences = read().value();

        assertEquals(new ParallelPreferences(true, 3, Optional.of(new BigDecimal("12.50")), MergeStrategy.PER_SLICE,
                AutoMerge.AUTO, "{gsd} sim-agent --task-ms 50", Optional.of("claude-sonnet-4-6"), 500, 5000, 0),
                preferences.parallel());
        assertEquals(new GitPreferences(Optional.of("trunk")), preferences.git());
    }

    @Test
    void project_keys_win_and_blocks_merge_key_by_key() throws Exception {
        globalPreferences(
                "parallel:\n  enabled: true\n  max_workers: 4\n  auto_merge: manual\ngit:\n  main_branch: main");
        projectPreferences("parallel:\n  max_workers: 1\n  budget_ceiling: 3\ngit:\n  isolation: worktree");

        ParallelPreferences parallel = read().value().parallel();

        assertTrue(parallel.enabled());
        assertEquals(1, parallel.maxWorkers());
        assertEquals(AutoMerge.MANUAL, parallel.autoMerge());
        assertEquals(Optional.of(new BigDecimal("3")), parallel.budgetCeiling());
        assertEquals(Optional.of("main"), read().value().git().mainBranch());
    }

    @Test
    void lower_case_preferences_md_is_read_when_there_is_no_upper_case_file() throws Exception {
        Files.writeString(home.resolve("preferences.md"), "---\nparallel:\n  max_workers: 3\n---\n");
        project.write(".gsd/preferences.md", "---\nparallel:\n  enabled: true\n---\n");

        ParallelPreferences parallel = read().value().parallel();

        assertEquals(3, parallel.maxWorkers());
        assertTrue(parallel.enabled());
    }

    @Test
    void an_empty_value_counts_as_not_set() throws Exception {
        globalPreferences("parallel:\n  budget_ceiling: 9\n  max_workers: 3");
        projectPreferences("parallel:\n  budget_ceiling:\n  max_workers: ~\n  worker_model: ''\ngit:");

        ParallelPreferences parallel = read().value().parallel();

        assertEquals(Optional.of(new BigDecimal("9")), parallel.budgetCeiling());
        assertEquals(3, parallel.maxWorkers());
        assertEquals(Optional.empty(), parallel.workerModel());
    }

    @Test
    void whole_numbers_may_be_written_with_a_zero_fraction() {
        projectPreferences("parallel:\n  max_workers: 2.0\n  max_restarts: 3");

        assertEquals(2, read().value().parallel().maxWorkers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "enabled: yes                       | parallel.enabled must be true or false, got \"yes\"",
        "enabled: 1                         | parallel.enabled must be true or false, got 1",
        "enabled: \"true\"                  | parallel.enabled must be true or false, got \"true\"",
        "max_workers: 2.5                   | parallel.max_workers must be a whole number from 1 to 4, got 2.5",
        "max_workers: \"3\"                 | parallel.max_workers must be a whole number from 1 to 4, got \"3\"",
        "max_workers: 0                     | parallel.max_workers must be a whole number from 1 to 4, got 0",
        "max_workers: 5                     | parallel.max_workers must be a whole number from 1 to 4, got 5",
        "max_workers: 99999999999999999999  | got 99999999999999999999",
        "max_workers: .inf                  | got .inf",
        "max_workers: [2]                   | got [2]",
        "max_workers: 0x2                   | got 0x2",
        "max_workers: 1_0                   | got 1_0",
        "budget_ceiling: 0                  | parallel.budget_ceiling must be a number of US dollars greater than 0",
        "budget_ceiling: -5                 | got -5",
        "budget_ceiling: \"10\"             | got \"10\"",
        "budget_ceiling: .nan               | got .nan",
        "merge_strategy: squash             | parallel.merge_strategy must be one of per-milestone, per-slice, got"
                + " \"squash\"",
        "auto_merge: always                 | parallel.auto_merge must be one of auto, confirm, manual, got \"always\"",
        "auto_merge: true                   | parallel.auto_merge must be one of auto, confirm, manual, got true",
        "worker_command: \"gsd 'auto\"      | parallel.worker_command must split into words like a POSIX shell",
        "worker_command: \"gsd && tee\"     | no shell runs this command",
        "worker_command: [gsd, auto]        | parallel.worker_command must be a command line",
        "worker_command: 42                 | parallel.worker_command must be a command line",
        "worker_model: 7                    | parallel.worker_model must be a model name",
        "worker_model: {a: b}               | parallel.worker_model must be a model name",
        "heartbeat_interval_ms: 50          | parallel.heartbeat_interval_ms must be a whole number from 100 to 60000",
        "heartbeat_interval_ms: 1000.5      | got 1000.5",
        "stale_after_ms: 10                 | parallel.stale_after_ms must be a whole number from 1000 to 3600000",
        "stale_after_ms: 4000000            | got 4000000",
        "max_restarts: -1                   | parallel.max_restarts must be a whole number from 0 to 10, got -1",
        "max_restarts: 11                   | got 11",
    })
    void a_wrong_type_or_out_of_range_value_names_file_key_and_value(String setting, String expected) {
        projectPreferences("parallel:\n  " + setting);

        BadInput thrown = badInput(this::read);

        assertTrue(thrown.getMessage().startsWith(PROJECT_FILE + ": parallel."), thrown.getMessage());
        assertMentions(thrown, expected);
    }

    @Test
    void a_number_of_thousands_of_digits_is_refused_at_once() {
        projectPreferences("parallel:\n  max_workers: 1" + "0".repeat(200_000));

        BadInput thrown = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> badInput(this::read));

        assertMentions(thrown, "parallel.max_workers must be a whole number from 1 to 4, got");
        assertTrue(thrown.getMessage().length() < 200, thrown::getMessage);
        projectPreferences("parallel:\n  max_restarts: 1" + "0".repeat(50));
        assertMentions(badInput(this::read), "parallel.max_restarts must be a whole number from 0 to 10, got 1000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "main_branch: feat branch    | \"feat branch\"",
        "main_branch: -x             | \"-x\"",
        "main_branch: a..b           | \"a..b\"",
        "main_branch: 5              | 5",
    })
    void an_invalid_main_branch_is_refused(String setting, String shown) {
        projectPreferences("git:\n  " + setting);

        assertMentions(badInput(this::read), PROJECT_FILE + ": git.main_branch must be a git branch name", shown);
    }

    @Test
    void stale_after_must_exceed_the_heartbeat_interval_naming_the_file_that_broke_it() throws Exception {
        projectPreferences("parallel:\n  heartbeat_interval_ms: 20000");
        assertMentions(badInput(this::read), PROJECT_FILE + ": parallel.stale_after_ms must be greater than",
                "stale_after_ms 15000 (the default)", "heartbeat_interval_ms 20000");

        globalPreferences("parallel:\n  stale_after_ms: 2000");
        projectPreferences("parallel:\n  heartbeat_interval_ms: 2000");
        assertMentions(badInput(this::read), "PREFERENCES.md: parallel.stale_after_ms", "stale_after_ms 2000 and");
    }

    @Test
    void an_invalid_global_value_names_the_global_file() throws Exception {
        globalPreferences("parallel:\n  max_workers: 9");

        assertMentions(badInput(this::read), "gsd-home/PREFERENCES.md: parallel.max_workers", "got 9");
    }

    @Test
    void blocks_that_are_not_maps_are_refused() {
        projectPreferences("parallel: true");
        assertMentions(badInput(this::read), PROJECT_FILE + ": parallel must be a block of settings", "got true");

        projectPreferences("git: main");
        assertMentions(badInput(this::read), PROJECT_FILE + ": git must be a block of settings", "got \"main\"");
    }

    @Test
    void yaml_errors_name_the_file_line() {
        project.write(PROJECT_FILE, "---\nversion: 1\nparallel:\n  enabled: true\n   max_workers: 2\n---\n");

        assertMentions(badInput(this::read), PROJECT_FILE + ": YAML syntax error in the front matter on line 5");
    }

    @Test
    void unclosed_front_matter_is_refused() {
        project.write(PROJECT_FILE, "---\nparallel:\n  enabled: true\n");

        assertMentions(badInput(this::read), PROJECT_FILE, "never closed");
    }

    @Test
    void a_file_without_front_matter_is_ignored_with_a_warning() {
        project.write(PROJECT_FILE, "## Parallel\n- enabled: true\n");

        ReadResult<Preferences> result = read();

        assertEquals(Preferences.defaults(), result.value());
        assertEquals(List.of(PROJECT_FILE + ": no YAML front matter (the file must start with a --- line, then the"
                + " settings, then ---); nothing in it is used"), result.warnings());
    }

    @Test
    void unknown_keys_are_warnings_with_hints() {
        projectPreferences("parallel:\n  max_worker: 3\n  enabled: true\n  colour: blue\nmax_workers: 2\n"
                + "git:\n  mainbranch: x\nfavourite_food: pizza");

        ReadResult<Preferences> result = read();

        assertTrue(result.value().parallel().enabled());
        assertEquals(List.of(
                PROJECT_FILE + ": unknown preference key 'parallel.max_worker' (ignored); did you mean"
                        + " 'parallel.max_workers'?",
                PROJECT_FILE + ": unknown preference key 'parallel.colour' (ignored)",
                PROJECT_FILE + ": unknown preference key 'max_workers' (ignored); did you mean 'parallel.max_workers'?",
                PROJECT_FILE + ": unknown preference key 'git.mainbranch' (ignored); did you mean 'git.main_branch'?",
                PROJECT_FILE + ": unknown preference key 'favourite_food' (ignored)"), result.warnings());
    }

    @Test
    void keys_gsd_defines_are_accepted_silently_whatever_their_values() {
        projectPreferences("version: 1\nmode: team\nmodels:\n  execution: claude-sonnet-4-6\nbudget_ceiling: 25.00\n"
                + "budget_enforcement: pause\ntoken_profile: balanced\nunique_milestone_ids: true\n"
                + "per_unit_cost_cap_usd: 5\nauto_supervisor:\n  soft_timeout_minutes: 20\n"
                + "git:\n  isolation: worktree\n  auto_push: false\n  merge_strategy: squash\n"
                + "  collapse_cadence: milestone\n  pre_merge_check: auto\n  commit_docs: true\n"
                + "slice_parallel:\n  enabled: false\nverification_commands: [npm test]\n"
                + "phases:\n  skip_research: true");

        ReadResult<Preferences> result = read();

        assertEquals(List.of(), result.warnings());
        assertEquals(Preferences.defaults(), result.value());
    }

    @Test
    void the_body_after_the_front_matter_is_ignored() {
        project.write(PROJECT_FILE, "---\nparallel:\n  enabled: true\n---\n\nparallel: nonsense: [\n");

        assertTrue(read().value().parallel().enabled());
    }

    @Test
    void a_binary_preferences_file_is_refused() {
        project.writeBytes(PROJECT_FILE, new byte[] {'-', '-', '-', '\n', (byte) 0xFF, (byte) 0xFE, '\n'});

        assertMentions(badInput(this::read), PROJECT_FILE + " cannot be read: not UTF-8 text");
    }
}
