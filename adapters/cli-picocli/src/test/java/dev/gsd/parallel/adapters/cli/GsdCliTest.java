package dev.gsd.parallel.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GsdCliTest {

    @TempDir
    Path temp;

    private Path home;
    private Path project;

    @BeforeEach
    void directories() throws IOException {
        home = Files.createDirectories(temp.resolve("gsd-home"));
        project = Files.createDirectories(temp.resolve("project"));
    }

    private CliRun gsd(final String... args) {
        return CliRun.of(Map.of("GSD_HOME", home.toString()), project, List.of(), args);
    }

    @Nested
    class Version {

        @Test
        void prints_gsd_and_the_version_of_the_build() {
            final CliRun run = gsd("--version");

            assertEquals(0, run.exitCode());
            assertTrue(run.out().matches("gsd \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.out());
            assertEquals("", run.err());
        }
    }

    @Nested
    class Help {

        @Test
        void lists_every_verb_and_every_global_option() {
            final CliRun run = gsd("--help");

            assertEquals(0, run.exitCode());
            assertAll(List.of("queue", "parallel", "doctor", "demo", "sim-agent",
                            "-C", "--json", "--no-color", "-v, --verbose", "--version", "-h, --help").stream()
                    .map(expected -> () -> assertTrue(run.out().contains(expected), "missing " + expected)));
        }

        @Test
        void does_not_list_the_internal_worker_verb() {
            assertFalse(gsd("--help").out().contains("worker "));
        }

        @Test
        void lists_the_exit_code_table() {
            final String out = gsd("--help").out();

            for (final ExitCode exitCode : ExitCode.values()) {
                assertTrue(out.contains(exitCode.code() + " ") && out.contains(exitCode.meaning()),
                        "missing exit code " + exitCode);
            }
        }

        @Test
        void lists_every_parallel_verb() {
            final CliRun run = gsd("parallel", "--help");

            assertEquals(0, run.exitCode());
            assertAll(List.of("start", "status", "stop", "pause", "resume", "merge", "history").stream()
                    .map(verb -> () -> assertTrue(run.out().contains("  " + verb + " "), "missing " + verb)));
        }

        @Test
        void documents_the_options_of_a_verb() {
            final CliRun run = gsd("parallel", "start", "--help");

            assertEquals(0, run.exitCode());
            assertAll(List.of("--dry-run", "--wait", "--max-workers", "--only", "--yes").stream()
                    .map(option -> () -> assertTrue(run.out().contains(option), "missing " + option)));
        }

        @Test
        void documents_the_sim_agent_options() {
            final String out = gsd("sim-agent", "-h").out();

            assertAll(List.of("--task-ms", "--cost-per-task", "--fail-at", "--crash-at", "--hang-at",
                            "--ignore-sigterm").stream()
                    .map(option -> () -> assertTrue(out.contains(option), "missing " + option)));
        }
    }

    @Nested
    class UsageErrors {

        @Test
        void an_unknown_verb_exits_2_with_one_line_and_a_hint() {
            final CliRun run = gsd("frob");

            assertEquals(2, run.exitCode());
            assertEquals("gsd: 'frob' is not a gsd command. Try 'gsd --help'.", run.onlyErrLine());
            assertEquals("", run.out());
        }

        @Test
        void an_unknown_verb_close_to_a_known_one_gets_a_suggestion() {
            assertTrue(gsd("qeue").onlyErrLine().contains("did you mean 'queue'?"));
        }

        @Test
        void an_unknown_parallel_verb_points_to_parallel_help() {
            final CliRun run = gsd("parallel", "frob");

            assertEquals(2, run.exitCode());
            assertTrue(run.onlyErrLine().endsWith("Try 'gsd parallel --help'."), run.err());
        }

        @ParameterizedTest
        @ValueSource(strings = {"--bogus", "queue --bogus", "parallel start --max-workers many",
                "parallel status --at soon", "parallel stop M001 M002", "-C", "", "parallel"})
        void exit_2_with_one_line_naming_the_help_to_read(final String commandLine) {
            final CliRun run = gsd(words(commandLine));

            assertEquals(2, run.exitCode(), run.err());
            final String line = run.onlyErrLine();
            assertTrue(line.startsWith("gsd: ") && line.matches(".*Try 'gsd( [a-z-]+)* --help'\\.$"), line);
        }

        @Test
        void global_options_may_also_follow_the_verb() {
            final CliRun before = gsd("--json", "queue");
            final CliRun after = gsd("queue", "--json");

            assertEquals(0, after.exitCode(), after.err());
            assertEquals(before.out(), after.out());
            assertTrue(after.out().startsWith("{"), after.out());
        }
    }

    @Nested
    class VerbsNotImplementedYet {

        @ParameterizedTest
        @ValueSource(strings = {"parallel status", "parallel status --watch --at 42", "parallel stop",
                "parallel stop M001", "parallel pause", "parallel pause M001", "parallel resume",
                "parallel resume M001", "parallel history", "parallel history M001", "doctor", "doctor --fix"})
        void exit_1_with_one_honest_line_naming_the_verb(final String commandLine) {
            final CliRun run = gsd(words(commandLine));
            final String verb = commandLine.replaceAll(" (-|M0).*", "");

            assertEquals(1, run.exitCode());
            assertEquals("gsd " + verb + ": not implemented yet (see issue list)", run.onlyErrLine());
            assertEquals("", run.out());
        }

        @Test
        void demo_says_the_demo_is_not_built_yet() {
            final CliRun run = gsd("demo", "--dir", temp.resolve("demo").toString());

            assertEquals(1, run.exitCode());
            assertEquals("gsd demo: the demo is not built yet (see issue list)", run.onlyErrLine());
        }
    }

    @Nested
    class ProjectDirectoryOption {

        @ParameterizedTest
        @ValueSource(strings = {"queue", "parallel status", "parallel start --dry-run", "doctor"})
        void a_missing_directory_exits_3_before_anything_else(final String verb) {
            final String missing = temp.resolve("nowhere").toString();
            final String[] args = words("-C " + missing + " " + verb);

            final CliRun run = gsd(args);

            assertEquals(3, run.exitCode());
            assertEquals("gsd: no such directory: " + missing, run.onlyErrLine());
        }

        @Test
        void the_contract_example_exits_3() {
            assertEquals(3, gsd("-C", "/nonexistent", "queue").exitCode());
        }

        @Test
        void a_file_is_not_a_directory() throws IOException {
            final Path file = Files.writeString(temp.resolve("file.txt"), "x");

            final CliRun run = gsd("-C", file.toString(), "queue");

            assertEquals(3, run.exitCode());
            assertEquals("gsd: not a directory: " + file, run.onlyErrLine());
        }

        @Test
        void a_relative_directory_is_relative_to_the_working_directory() throws IOException {
            Files.createDirectories(project.resolve("sub"));

            assertEquals(0, gsd("-C", "sub", "queue").exitCode());
            assertEquals(3, gsd("-C", "../sub", "queue").exitCode());
        }
    }

    @Nested
    class Failures {

        private CliRun gsdWith(final Throwing verb, final String... args) {
            return CliRun.of(Map.of("GSD_HOME", home.toString()), project, List.of(verb), args);
        }

        private final Throwing bug = new Throwing(() -> new IllegalStateException("boom"));

        @Test
        void a_user_failure_exits_with_its_code_and_its_one_line() {
            final CliRun run = gsdWith(new Throwing(() -> new GsdFailure(ExitCode.BLOCKED, "nothing to do")), "throw");

            assertEquals(10, run.exitCode());
            assertEquals("gsd: nothing to do", run.onlyErrLine());
        }

        @Test
        void a_bug_exits_1_with_one_line_naming_the_log_and_no_stack_trace() {
            final CliRun run = gsdWith(bug, "throw");

            assertEquals(1, run.exitCode());
            assertEquals("gsd: internal error: boom (details in " + home.resolve("logs/gsd.log") + ")",
                    run.onlyErrLine());
        }

        @Test
        void a_bug_is_logged_with_its_stack_trace() throws IOException {
            gsdWith(bug, "throw");

            final String log = Files.readString(home.resolve("logs/gsd.log"));
            assertTrue(log.contains("gsd throw"), log);
            assertTrue(log.contains("java.lang.IllegalStateException: boom"), log);
            assertTrue(log.contains("\tat " + Throwing.class.getName()), log);
        }

        @Test
        void the_log_is_appended_to() throws IOException {
            gsdWith(bug, "throw");
            gsdWith(bug, "throw");

            final String log = Files.readString(home.resolve("logs/gsd.log"));
            assertEquals(2, log.split("java.lang.IllegalStateException: boom", -1).length - 1, log);
        }

        @Test
        void verbose_prints_the_stack_trace_too() {
            final CliRun run = gsdWith(bug, "--verbose", "throw");

            assertEquals(1, run.exitCode());
            assertTrue(run.errLines().get(0).startsWith("gsd: internal error: boom (details in "), run.err());
            assertTrue(run.err().contains("java.lang.IllegalStateException: boom"), run.err());
            assertTrue(run.err().contains("\tat " + Throwing.class.getName()), run.err());
        }

        @Test
        void an_error_is_a_bug_like_any_other() {
            final CliRun run = gsdWith(new Throwing(() -> new AssertionError("impossible")), "throw");

            assertEquals(1, run.exitCode());
            assertTrue(run.onlyErrLine().startsWith("gsd: internal error: impossible (details in "), run.err());
        }

        @Test
        void a_bug_without_a_message_is_named_by_its_type() {
            final CliRun run = gsdWith(new Throwing(NullPointerException::new), "throw");

            assertTrue(run.onlyErrLine().startsWith("gsd: internal error: java.lang.NullPointerException ("),
                    run.err());
        }

        @Test
        void a_log_that_cannot_be_written_is_said_on_the_same_line() throws IOException {
            Files.writeString(home.resolve("logs"), "a file where the directory should be");

            final CliRun run = gsdWith(bug, "throw");

            assertEquals(1, run.exitCode());
            assertTrue(run.onlyErrLine().startsWith("gsd: internal error: boom (could not write details to "
                    + home.resolve("logs/gsd.log") + ": "), run.err());
        }

        @Test
        void without_gsd_home_the_log_is_under_the_home_directory() {
            final CliRun run = CliRun.of(Map.of("HOME", temp.toString()), project, List.of(bug), "throw");

            assertTrue(run.onlyErrLine().endsWith("(details in " + temp.resolve(".gsd/logs/gsd.log") + ")"),
                    run.err());
            assertTrue(Files.exists(temp.resolve(".gsd/logs/gsd.log")));
        }
    }

    private static String[] words(final String commandLine) {
        return commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
    }
}
