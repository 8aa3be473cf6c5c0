package dev.gsd.parallel.adapters.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gsd.parallel.application.git.GitFailure;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git command line runner: its output, its errors and its timeout. */
class GitCommandTest {

    @TempDir
    Path temp;

    @Test
    void a_git_that_keeps_its_output_open_is_stopped_at_the_timeout() {
        assumeTrue(GitCli.available(), "the git command line is needed");
        long start = System.nanoTime();

        GitFailure failure = assertThrows(GitFailure.class, () -> GitCommand.run(temp, Duration.ofSeconds(1),
                "-c", "alias.hang=!sleep 20", "hang"));

        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(seconds < 10, "stopped after " + seconds + " s");
        assertTrue(failure.getMessage().contains("did not finish within 1 s"), failure.getMessage());
    }

    @Test
    void output_and_the_first_error_line_are_kept() {
        assumeTrue(GitCli.available(), "the git command line is needed");

        assertTrue(GitCommand.run(temp, "--version").startsWith("git version"));
        GitFailure failure = assertThrows(GitFailure.class, () -> GitCommand.run(temp, "rev-parse", "HEAD"));
        assertTrue(failure.getMessage().contains("fatal:"), failure.getMessage());
        assertEquals("fatal: x", GitCommand.firstLine("hint: y\nfatal: x\n"));
    }
}
