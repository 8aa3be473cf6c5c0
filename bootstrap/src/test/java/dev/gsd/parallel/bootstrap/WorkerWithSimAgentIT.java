package dev.gsd.parallel.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.adapters.git.JGitRepositories;
import dev.gsd.parallel.adapters.ipc.FileWorkerChannel;
import dev.gsd.parallel.application.channel.StatusState;
import dev.gsd.parallel.application.channel.WorkerStatus;
import dev.gsd.parallel.domain.plan.MilestoneId;
import dev.gsd.parallel.simagent.SimProject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two halves of issue 5 together, as the coordinator will run them: {@code gsd worker} (its own JVM, lean flags)
 * hosting {@code {gsd} sim-agent} in a real linked worktree of a real repository, observed through the channel files
 * and git alone.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class WorkerWithSimAgentIT {

    private static final MilestoneId M001 = new MilestoneId("M001");

    @TempDir
    Path temp;

    @Test
    void a_worker_hosting_the_simulated_agent_completes_a_two_by_two_milestone_with_exact_cost() throws Exception {
        final Path root = temp.resolve("project");
        final SimProject project = SimProject.twoByTwo(root);
        JGitRepositories.worktrees().create(root, M001, "main");
        Files.writeString(root.resolve(".gsd/PREFERENCES.md"), "---\nparallel:\n  enabled: true\n"
                + "  worker_command: \"{gsd} sim-agent --task-ms 0 --cost-per-task 0.0125\"\n"
                + "  heartbeat_interval_ms: 200\n---\n");

        final Process worker = worker(root);

        assertTrue(worker.waitFor(60, TimeUnit.SECONDS), "worker still running");
        assertEquals(0, worker.exitValue(), Files.readString(temp.resolve("worker.err")));
        final WorkerStatus status = new FileWorkerChannel().readStatus(root, M001).value().orElseThrow();
        assertEquals(StatusState.STOPPED, status.state());
        assertEquals(0, new BigDecimal("0.05").compareTo(status.cost()), "4 tasks x 0.0125, got " + status.cost());
        assertEquals(List.of("feat(M001): complete milestone", "feat(M001/S02): Second slice",
                "feat(M001/S02/T02): Write a and c", "feat(M001/S02/T01): Write c", "feat(M001/S01): First slice",
                "feat(M001/S01/T02): Write a again", "feat(M001/S01/T01): Write a and b"),
                project.git("log", "--format=%s", "main..milestone/M001").lines().toList());
        assertEquals("M001/S01/T01\nM001/S01/T02\nM001/S02/T02\n",
                project.git("show", "milestone/M001:a.txt"));
        assertEquals("", project.git("-C", ".gsd/worktrees/M001", "status", "--porcelain"),
                "runtime files stay out of the worktree's status");
    }

    @Test
    void a_milestone_finished_in_a_worktree_made_by_plain_git_merges_back_keeping_the_users_edit() throws Exception {
        final Path root = temp.resolve("project");
        final SimProject project = SimProject.twoByTwo(root);
        project.git("worktree", "add", "-q", "-b", "milestone/M001", ".gsd/worktrees/M001");
        Files.writeString(root.resolve(".gsd/PREFERENCES.md"), "---\nparallel:\n  enabled: true\n"
                + "  worker_command: \"{gsd} sim-agent --task-ms 0\"\n---\n");
        final Process worker = worker(root);
        assertTrue(worker.waitFor(60, TimeUnit.SECONDS), "worker still running");
        assertEquals(0, worker.exitValue(), Files.readString(temp.resolve("worker.err")));
        Files.writeString(root.resolve("USER-NOTES.md"), "not committed\n");

        final GsdJar.Outcome merged = new GsdJar(root, java.util.Map.of("GSD_HOME",
                temp.resolve("gsd-home").toString())).run("parallel", "merge", "M001");

        assertEquals(0, merged.exitCode(), merged.err());
        assertEquals("feat: Two by two", project.git("log", "-1", "--format=%s").strip());
        assertEquals("M001/S01/T01\nM001/S01/T02\nM001/S02/T02\n", Files.readString(root.resolve("a.txt")));
        assertEquals("not committed\n", Files.readString(root.resolve("USER-NOTES.md")));
        assertEquals("", project.git("branch", "--list", "milestone/*"));
    }

    private Process worker(final Path root) throws Exception {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(WorkerJvm.FLAGS);
        command.addAll(List.of("-jar", GsdJar.JAR.toString(), "-C", root.toString(), "worker", "--milestone", "M001"));
        final ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("worker.out").toFile())
                .redirectError(temp.resolve("worker.err").toFile());
        builder.environment().put("GSD_HOME", temp.resolve("gsd-home").toString());
        return builder.start();
    }
}
