package dev.gsd.parallel.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int gsd(final String... args) {
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    @Test
    void answers_with_the_exit_code_instead_of_exiting() {
        assertEquals(2, gsd("frob"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("gsd: 'frob' is not a gsd command."));
    }

    @Test
    void writes_the_version_to_the_given_stream() {
        assertEquals(0, gsd("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("gsd "));
    }
}
