package dev.gsd.parallel.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gsd queue} and {@code gsd parallel start} on the sample project {@code samples/tidepool} (its README gives
 * the expected results), through the real jar: exact text, the JSON shapes of DESIGN.md §3, exit codes, and nothing
 * written.
 */
class PlanningCommandsIT {

    private static final Path SAMPLE = Path.of(System.getProperty("basedir", "."), "..", "samples", "tidepool");

    @TempDir
    Path temp;

    private Path project;
    private GsdJar gsd;

    @BeforeEach
    void copyTheSampleProject() throws IOException {
        project = temp.resolve("tidepool");
        copy(SAMPLE, project);
        Files.createDirectories(project.resolve("src/api"));
        gsd = new GsdJar(project.resolve("src/api"), Map.of("GSD_HOME", temp.resolve("gsd-home").toString()));
    }

    @Test
    void queue_lists_the_milestones_in_queue_order_from_inside_the_project() throws Exception {
        final Map<String, String> before = snapshot(project);

        final GsdJar.Outcome outcome = gsd.run("queue");

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertEquals(String.join(System.lineSeparator(),
                "ID           TITLE              STATUS    DEPENDS ON  UNMET",
                "M003         Web dashboard      active    M001        -",
                "M002         REST API           active    M001        -",
                "M001         Core storage       complete  -           -",
                "M004         Release hardening  pending   M002, M003  M002, M003",
                "M005-a1b2c3  Full-text search   pending   M003        M003",
                "M006         Mobile app         parked    M002        M002",
                "M007         M007               ghost     -           -",
                "M008         Legacy importer    active    -           -",
                ""), outcome.out());
        assertEquals(1, outcome.errLines().size(), outcome.err());
        assertTrue(outcome.errLines().get(0).startsWith("gsd: warning: .gsd/milestones/notes is not a milestone"),
                outcome.err());
        assertEquals(before, snapshot(project), "queue must write nothing");
    }

    @Test
    void queue_json_has_the_contract_shape() throws Exception {
        final GsdJar.Outcome outcome = gsd.run("--json", "queue");

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().startsWith("{\"milestones\":[{\"id\":\"M003\",\"title\":\"Web dashboard\","
                + "\"status\":\"active\",\"dependsOn\":[\"M001\"],\"unmetDependencies\":[]},"), outcome.out());
        assertTrue(outcome.out().contains("{\"id\":\"M005-a1b2c3\",\"title\":\"Full-text search\",\"status\":"
                + "\"pending\",\"dependsOn\":[\"M003\"],\"unmetDependencies\":[\"M003\"]}"), outcome.out());
        assertEquals(1, outcome.out().lines().count(), "one JSON document on stdout");
    }

    @Test
    void dry_run_prints_the_eligibility_report_and_writes_nothing() throws Exception {
        final Map<String, String> before = snapshot(project);

        final GsdJar.Outcome outcome = gsd.run("-C", project.toString(), "parallel", "start", "--dry-run");

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertEquals(String.join("\n",
                "# Parallel Eligibility Report",
                "",
                "## Eligible for Parallel Execution (3)",
                "",
                "- **M003** — Web dashboard",
                "  All dependencies satisfied. WARNING: has file overlap with another eligible milestone.",
                "- **M002** — REST API",
                "  All dependencies satisfied. WARNING: has file overlap with another eligible milestone.",
                "- **M008** — Legacy importer",
                "  All dependencies satisfied.",
                "",
                "## Ineligible (5)",
                "",
                "- **M001** — Core storage",
                "  Already complete.",
                "- **M004** — Release hardening",
                "  Blocked by incomplete dependencies: M002, M003.",
                "- **M005-a1b2c3** — Full-text search",
                "  Blocked by incomplete dependencies: M003.",
                "- **M006** — Mobile app",
                "  Milestone is parked.",
                "- **M007** — M007",
                "  Milestone has no planning data — cannot determine eligibility.",
                "",
                "## File Overlap Warnings (1)",
                "",
                "- **M003** <-> **M002** — 1 shared file(s):",
                "  - `src/shared/api-types.ts`",
                "") + System.lineSeparator(), outcome.out());
        assertEquals(before, snapshot(project), "--dry-run must write nothing");
    }

    @Test
    void dry_run_json_has_the_contract_shape() throws Exception {
        final GsdJar.Outcome outcome = gsd.run("--json", "parallel", "start", "--dry-run");

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().startsWith("{\"eligible\":[{\"id\":\"M003\",\"title\":\"Web dashboard\",\"reason\":"
                + "\"All dependencies satisfied. WARNING: has file overlap with another eligible milestone.\"}"),
                outcome.out());
        assertTrue(outcome.out().contains("\"overlaps\":[{\"a\":\"M003\",\"b\":\"M002\",\"files\":"
                + "[\"src/shared/api-types.ts\"]}]}"), outcome.out());
    }

    @Test
    void start_refuses_when_parallel_mode_is_off() throws Exception {
        final Path preferences = project.resolve(".gsd/PREFERENCES.md");
        Files.writeString(preferences, Files.readString(preferences).replace("enabled: true", "enabled: false"));

        final GsdJar.Outcome outcome = gsd.run("parallel", "start");

        assertEquals(3, outcome.exitCode());
        assertEquals("Parallel mode is not enabled. Set `parallel.enabled: true` in your preferences.",
                outcome.err().strip());
        assertEquals("", outcome.out());
        assertTrue(Files.notExists(project.resolve(".gsd/parallel")), "a refused start writes nothing");
    }

    @Test
    void an_invalid_preference_is_one_line_naming_file_key_and_value_on_every_verb() throws Exception {
        final Path preferences = project.resolve(".gsd/PREFERENCES.md");
        Files.writeString(preferences, Files.readString(preferences).replace("max_workers: 2", "max_workers: 2.5"));

        for (final String[] verb : new String[][] {{"queue"}, {"parallel", "start", "--dry-run"}}) {
            final GsdJar.Outcome outcome = gsd.run(verb);

            assertEquals(3, outcome.exitCode(), outcome.err());
            assertEquals(1, outcome.errLines().size(), outcome.err());
            final String line = outcome.errLines().get(0);
            assertTrue(line.contains(".gsd/PREFERENCES.md") && line.contains("parallel.max_workers")
                    && line.contains("2.5"), line);
            assertEquals("", outcome.out());
        }
    }

    @Test
    void a_dependency_cycle_is_one_line_naming_the_cycle() throws Exception {
        final Path context = project.resolve(".gsd/milestones/M002/M002-CONTEXT.md");
        Files.writeString(context, Files.readString(context).replace("depends_on: [M001]", "depends_on: [M004]"));

        final GsdJar.Outcome outcome = gsd.run("queue");

        assertEquals(3, outcome.exitCode());
        assertEquals(1, outcome.errLines().size(), outcome.err());
        assertTrue(outcome.errLines().get(0).contains("M002 -> M004 -> M002")
                || outcome.errLines().get(0).contains("M004 -> M002 -> M004"), outcome.err());
    }

    @Test
    void outside_any_project_queue_exits_3() throws Exception {
        final GsdJar.Outcome outcome = new GsdJar(temp, Map.of("GSD_HOME", temp.resolve("h").toString()))
                .run("queue");

        assertEquals(3, outcome.exitCode());
        assertTrue(outcome.errLines().get(0).startsWith("gsd: no GSD project at or above"), outcome.err());
    }

    private static void copy(final Path from, final Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (final Path source : paths.toList()) {
                final Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Every file under {@code root} with a hash of its content and its modification time. */
    private static Map<String, String> snapshot(final Path root) throws IOException {
        final Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (final Path path : paths.toList()) {
                final String state = Files.isDirectory(path) ? "dir"
                        : sha256(path) + "@" + Files.getLastModifiedTime(path).toMillis();
                files.put(root.relativize(path).toString(), state);
            }
        }
        return files;
    }

    private static String sha256(final Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
