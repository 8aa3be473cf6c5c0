package dev.gsd.parallel.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gsd.parallel.application.worker.WorkerOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gsd worker}'s options and exit codes (the hosting itself: WorkerHostTest, WorkerHostIT). */
class WorkerCmdTest {

    @TempDir
    Path project;

    private CliRun gsd(final String... args) {
        return CliRun.of(Map.of("GSD_HOME", project.resolve("home").toString()), project, List.of(), args);
    }

    @Test
    void the_milestone_is_required() {
        assertEquals(2, gsd("worker").exitCode());
    }

    @Test
    void an_invalid_milestone_id_is_bad_input() {
        final CliRun run = gsd("worker", "--milestone", "M1");

        assertEquals(3, run.exitCode());
        assertEquals("gsd: --milestone M1 is not a milestone id (M001)", run.onlyErrLine());
    }

    @Test
    void each_outcome_has_its_exit_code() {
        assertEquals(0, WorkerCmd.exitCode(WorkerOutcome.COMPLETED));
        assertEquals(11, WorkerCmd.exitCode(WorkerOutcome.STOPPED));
        assertEquals(10, WorkerCmd.exitCode(WorkerOutcome.FAILED));
    }
}
