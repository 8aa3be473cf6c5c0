package dev.gsd.parallel.bootstrap;

import static dev.gsd.parallel.simagent.SimProject.slice;
import static dev.gsd.parallel.simagent.SimProject.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.simagent.SimProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gsd sim-agent} as the worker runs it: the real jar in a child process, in a real git repository, killed,
 * stopped and signalled for real (DESIGN.md §6).
 */
class SimAgentIT {

    private static final String COST = "{\"type\":\"message_end\",\"message\":{\"usage\":{\"cost\":{\"total\":0.01}}}}";

    private static final List<String> ALL_SUBJECTS = SimProject.TWO_BY_TWO_SUBJECTS;

    private static final List<String> ALL_OF_A = List.of("M001/S01/T01", "M001/S01/T02", "M001/S02/T02");

    @TempDir
    Path temp;

    private SimProject project;
    private final Map<String, String> environment = new HashMap<>();
    private final List<SimAgentProcess> started = new ArrayList<>();

    @BeforeEach
    void aMilestoneWorktree() {
        project = SimProject.twoByTwo(temp.resolve("wt"));
        environment.put("GSD_MILESTONE_LOCK", "M001");
        environment.put("GSD_HOME", temp.resolve("gsd-home").toString());
    }

    @AfterEach
    void noAgentOutlivesItsTest() throws Exception {
        for (final SimAgentProcess agent : started) {
            agent.cleanUp();
        }
    }

    private SimAgentProcess start(final String... options) throws Exception {
        final SimAgentProcess agent = SimAgentProcess.start(project.root(), environment, options);
        started.add(agent);
        return agent;
    }

    @Test
    void completes_the_milestone_printing_nothing_but_one_cost_line_per_task() throws Exception {
        final SimAgentProcess agent = start("--task-ms", "0");

        assertEquals(0, agent.waitFor(60), agent.err());
        assertEquals(List.of(COST, COST, COST, COST), agent.out());
        assertEquals("", agent.err());
        assertEquals(ALL_SUBJECTS, project.subjects());
        assertEquals(ALL_OF_A, project.lines("a.txt"));
        assertEquals(List.of("M001/S02/T01", "M001/S02/T02"), project.lines("c.txt"));
        assertEquals(List.of(), project.status());
    }

    @Test
    void fail_at_exits_1_with_one_line_and_the_earlier_tasks_committed() throws Exception {
        final SimAgentProcess agent = start("--task-ms", "0", "--fail-at", "S02/T01");

        assertEquals(1, agent.waitFor(60));
        assertEquals("gsd: sim-agent: failed at M001/S02/T01 as told (--fail-at or GSD_SIM_FAIL_AT)\n", agent.err());
        assertEquals(List.of(COST, COST), agent.out());
        assertEquals(ALL_SUBJECTS.subList(0, 4), project.subjects());
    }

    @Test
    void crash_at_dies_by_sigkill_after_the_lines_and_before_the_commit_and_a_restart_finishes() throws Exception {
        final SimAgentProcess crashing = start("--task-ms", "0", "--crash-at", "S01/T02");

        assertEquals(137, crashing.waitFor(60), crashing.err());
        assertEquals(List.of(COST), crashing.out());
        assertEquals(ALL_SUBJECTS.subList(0, 2), project.subjects());
        assertEquals(List.of("M001/S01/T01", "M001/S01/T02"), project.lines("a.txt"));
        assertEquals(List.of(" M a.txt"), project.status());

        final SimAgentProcess restarted = start("--task-ms", "0");

        assertEquals(0, restarted.waitFor(60), restarted.err());
        assertEquals(ALL_SUBJECTS, project.subjects());
        assertEquals(ALL_OF_A, project.lines("a.txt"));
        assertEquals(List.of(), project.status());
        assertEquals(3, restarted.out().size());
    }

    @Test
    void hang_at_stops_making_progress_but_stays_alive() throws Exception {
        final SimAgentProcess agent = start("--task-ms", "0", "--hang-at", "S01/T02");
        agent.awaitLines(1, 30);
        final List<String> subjects = project.subjects();
        final String a = project.read("a.txt");

        TimeUnit.MILLISECONDS.sleep(1_000);

        assertTrue(agent.isAlive());
        assertEquals(ALL_SUBJECTS.subList(0, 2), subjects);
        assertEquals(subjects, project.subjects());
        assertEquals(a, project.read("a.txt"));
        assertEquals(List.of(), project.status());
        assertEquals(1, agent.out().size());
        agent.kill();
    }

    @Test
    void ignore_sigterm_survives_sigterm_and_finishes() throws Exception {
        final SimAgentProcess agent = start("--task-ms", "300", "--ignore-sigterm");
        agent.awaitLines(1, 30);

        agent.terminate();
        TimeUnit.MILLISECONDS.sleep(300);

        assertTrue(agent.isAlive());
        assertEquals(0, agent.waitFor(60), agent.err());
        assertEquals(ALL_SUBJECTS, project.subjects());
    }

    @Test
    void without_ignore_sigterm_sigterm_ends_it() throws Exception {
        final SimAgentProcess agent = start("--task-ms", "300");
        agent.awaitLines(1, 30);

        agent.terminate();

        assertEquals(143, agent.waitFor(10));
        assertTrue(project.subjects().size() < ALL_SUBJECTS.size(), project.subjects().toString());
    }

    @Test
    void the_ignore_sigterm_variable_does_the_same() throws Exception {
        environment.put("GSD_SIM_IGNORE_SIGTERM_M001", "1");
        final SimAgentProcess agent = start("--task-ms", "300");
        agent.awaitLines(1, 30);

        agent.terminate();

        assertEquals(0, agent.waitFor(60), agent.err());
        assertEquals(ALL_SUBJECTS, project.subjects());
    }

    @Test
    void a_crash_aimed_at_this_milestone_by_the_environment_happens_once_with_sim_once() throws Exception {
        environment.putAll(Map.of("GSD_SIM_TASK_MS", "0", "GSD_SIM_CRASH_AT_M001", "S02/T01",
                "GSD_SIM_FAIL_AT_M002", "S01/T01", "GSD_SIM_ONCE", "1", "GSD_WORKER_ATTEMPT", "1"));

        assertEquals(137, start().waitFor(60));
        assertEquals(ALL_SUBJECTS.subList(0, 4), project.subjects());

        environment.put("GSD_WORKER_ATTEMPT", "2");
        final SimAgentProcess second = start();

        assertEquals(0, second.waitFor(60), second.err());
        assertEquals(ALL_SUBJECTS, project.subjects());
        assertEquals(ALL_OF_A, project.lines("a.txt"));
    }

    @Test
    void bad_input_is_exit_3_with_one_line() throws Exception {
        environment.remove("GSD_MILESTONE_LOCK");
        final SimAgentProcess unlocked = start();
        assertEquals(3, unlocked.waitFor(60));
        assertEquals(1, unlocked.err().lines().count(), unlocked.err());
        assertTrue(unlocked.err().startsWith("gsd: GSD_MILESTONE_LOCK is not set"), unlocked.err());

        environment.put("GSD_MILESTONE_LOCK", "M001");
        final SimAgentProcess badOption = start("--crash-at", "T02");
        assertEquals(2, badOption.waitFor(60));
        assertEquals(List.of(), badOption.out());
    }

    @Test
    void a_task_with_task_ms_0_takes_well_under_100_ms() throws Exception {
        final SimProject.Task[] tasks = new SimProject.Task[12];
        for (int i = 0; i < tasks.length; i++) {
            tasks[i] = task(String.format("T%02d", i + 1), "Task " + (i + 1), "a.txt", "src/t" + i + ".txt");
        }
        project = SimProject.create(temp.resolve("timed")).milestone("M001", "Timed", slice("S01", "Many", tasks))
                .commitAll("plan");
        final SimAgentProcess agent = start("--task-ms", "0");

        assertEquals(0, agent.waitFor(60), agent.err());
        final List<SimAgentProcess.Line> lines = agent.lines();
        assertEquals(tasks.length, lines.size());
        final List<Long> millis = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            millis.add(TimeUnit.NANOSECONDS.toMillis(lines.get(i).nanos() - lines.get(i - 1).nanos()));
        }
        millis.sort(null);
        final long median = millis.get(millis.size() / 2);
        System.out.println("sim-agent --task-ms 0: per task median " + median + " ms, max "
                + millis.get(millis.size() - 1) + " ms over " + millis.size() + " tasks");
        assertTrue(median < 100, "median per task " + median + " ms: " + millis);
    }
}
