package dev.gsd.parallel.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real shaded {@code bootstrap/target/gsd.jar} with {@code java -jar}, as users and scripts do. */
class GsdJarIT {

    @TempDir
    static Path temp;

    private static GsdJar.Outcome gsd(final String... args) throws IOException, InterruptedException {
        return new GsdJar(temp, Map.of("GSD_HOME", temp.resolve("gsd-home").toString())).run(args);
    }

    @Test
    void version_exits_0_and_names_the_program() throws Exception {
        final GsdJar.Outcome outcome = gsd("--version");

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().matches("gsd \\d+\\.\\d+\\.\\d+\\S*\\R"), outcome.out());
        assertEquals("", outcome.err());
    }

    @Test
    void help_exits_0_and_lists_the_verbs() throws Exception {
        final GsdJar.Outcome outcome = gsd("--help");

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("parallel"), outcome.out());
        assertEquals("", outcome.err());
    }

    @Test
    void an_unknown_verb_exits_2_with_exactly_one_line_on_stderr() throws Exception {
        final GsdJar.Outcome outcome = gsd("frob");

        assertEquals(2, outcome.exitCode());
        assertEquals(1, outcome.errLines().size(), outcome.err());
        assertTrue(outcome.errLines().get(0).contains("frob"), outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void a_missing_project_directory_exits_3() throws Exception {
        final GsdJar.Outcome outcome = gsd("-C", temp.resolve("nowhere").toString(), "queue");

        assertEquals(3, outcome.exitCode());
        assertEquals(List.of("gsd: no such directory: " + temp.resolve("nowhere")), outcome.errLines());
    }
}
