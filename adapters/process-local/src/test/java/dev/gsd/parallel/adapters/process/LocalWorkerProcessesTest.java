package dev.gsd.parallel.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.process.Launch;
import dev.gsd.parallel.application.process.ProcessIdentity;
import dev.gsd.parallel.application.process.ProcessSignal;
import dev.gsd.parallel.application.process.StopOutcome;
import dev.gsd.parallel.application.process.WorkerProcesses;
import dev.gsd.parallel.application.process.WorkerProcessesContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalWorkerProcessesTest extends WorkerProcessesContract {

    @Override
    protected WorkerProcesses create() {
        return new LocalWorkerProcesses();
    }

    @Override
    protected List<String> sleeper() {
        return List.of("sleep", "60");
    }

    @Override
    protected List<String> exitingWith(int code) {
        return List.of("sh", "-c", "exit " + code);
    }

    @Override
    protected List<String> ignoringSigterm() {
        return List.of("sh", "-c", "trap '' TERM; while :; do sleep 0.05; done");
    }

    @Test
    void a_launched_process_leads_its_own_session_and_group() {
        ProcessIdentity process = launch(sleeper());

        ProcStat stat = ProcStat.of(process.pid()).orElseThrow();
        assertEquals(process.pid(), stat.pgrp());
        assertEquals(process.startMark(), stat.startTime());
        assertTrue(ProcStat.of(ProcessHandle.current().pid()).orElseThrow().pgrp() != process.pid());
    }

    @Test
    void output_goes_to_files_and_the_environment_is_passed() throws Exception {
        processes = create();
        ProcessIdentity process = processes.launch(new Launch(
                List.of("sh", "-c", "echo out=$GSD_TEST; echo err >&2; pwd"), dir, Map.of("GSD_TEST", "yes"),
                dir.resolve("logs/out.log"), dir.resolve("logs/err.log")));
        processes.awaitExit(process, Duration.ofSeconds(10));

        assertEquals(List.of("out=yes", dir.toRealPath().toString()), Files.readAllLines(dir.resolve("logs/out.log")));
        assertEquals(List.of("err"), Files.readAllLines(dir.resolve("logs/err.log")));
    }

    @Test
    void stop_reaches_a_double_forked_grandchild_that_ignores_sigterm() throws Exception {
        Path pidFile = dir.resolve("grandchild.pid");
        ProcessIdentity process = launch(List.of("sh", "-c",
                "(trap '' TERM; sh -c 'trap \"\" TERM; echo $$ > " + pidFile + "; while :; do sleep 0.05; done' &) ;"
                        + " trap '' TERM; while :; do sleep 0.05; done"));
        long grandchild = awaitPid(pidFile);
        assertTrue(ProcStat.of(grandchild).orElseThrow().running());
        assertFalse(ProcessHandle.of(process.pid()).orElseThrow().descendants()
                .anyMatch(p -> p.pid() == grandchild), "the grandchild must have escaped the process tree");

        long started = System.nanoTime();
        assertEquals(StopOutcome.KILLED, processes.stop(process, Duration.ofMillis(500)));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertTrue(millis < 1500, "stop took " + millis + " ms");
        assertFalse(ProcStat.of(grandchild).map(ProcStat::running).orElse(false), "the grandchild survived");
    }

    @Test
    void a_paused_group_is_frozen_and_resumes() throws Exception {
        Path counter = dir.resolve("count");
        ProcessIdentity process = launch(List.of("sh", "-c",
                "i=0; while :; do i=$((i+1)); echo $i > " + counter + ".tmp; mv " + counter + ".tmp " + counter
                        + "; sleep 0.02; done"));
        awaitFile(counter);

        processes.signal(process, ProcessSignal.PAUSE);
        Thread.sleep(100);
        assertEquals('T', ProcStat.of(process.pid()).orElseThrow().state());
        String frozen = Files.readString(counter);
        Thread.sleep(200);
        assertEquals(frozen, Files.readString(counter));
        assertTrue(processes.isAlive(process));

        processes.signal(process, ProcessSignal.RESUME);
        Thread.sleep(200);
        assertTrue(Integer.parseInt(Files.readString(counter).trim()) > Integer.parseInt(frozen.trim()));
    }

    @Test
    void a_process_launched_elsewhere_is_seen_dead_as_soon_as_it_ends_even_as_a_zombie() throws Exception {
        // Another instance (as after a coordinator restart) knows only the identity.
        ProcessIdentity process = launch(sleeper());
        WorkerProcesses other = new LocalWorkerProcesses();
        assertTrue(other.isAlive(process));

        processes.signal(process, ProcessSignal.KILL);
        assertEquals(Optional.of(java.util.OptionalInt.empty()), other.awaitExit(process, Duration.ofSeconds(2)));
        assertFalse(other.isAlive(process));
    }

    @Test
    void proc_stat_lines_with_odd_command_names_parse() {
        ProcStat stat = ProcStat.parse("123 (a) b (c)) S 1 123 123 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 98765 0 0",
                123).orElseThrow();
        assertEquals('S', stat.state());
        assertEquals(123, stat.pgrp());
        assertEquals(98765, stat.startTime());
        assertEquals(Optional.empty(), ProcStat.parse("garbage", 1));
    }

    private static long awaitPid(Path file) throws Exception {
        awaitFile(file);
        return Long.parseLong(Files.readString(file).trim());
    }

    private static void awaitFile(Path file) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(file) || Files.size(file) == 0) {
            assertTrue(System.nanoTime() < deadline, "no " + file);
            Thread.sleep(10);
        }
    }
}
