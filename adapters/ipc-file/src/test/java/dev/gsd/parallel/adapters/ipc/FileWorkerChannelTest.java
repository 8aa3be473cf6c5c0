package dev.gsd.parallel.adapters.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.channel.ChannelFile;
import dev.gsd.parallel.application.channel.StatusState;
import dev.gsd.parallel.application.channel.UnitMetrics;
import dev.gsd.parallel.application.channel.WorkerChannel;
import dev.gsd.parallel.application.channel.WorkerChannelContract;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FileWorkerChannelTest extends WorkerChannelContract {

    @Override
    protected WorkerChannel create() {
        return new FileWorkerChannel();
    }

    @Override
    protected void plantCorruptStatus(MilestoneId milestone) {
        write(root.resolve(".gsd/parallel/" + milestone.value() + ".status.json"), "{\"milestoneId\": \"M0");
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_files_are_where_gsd_and_design_put_them() {
        channel.writeStatus(root, status(M001, StatusState.RUNNING, "1"));

        assertTrue(Files.isRegularFile(root.resolve(".gsd/parallel/M001.status.json")));
        assertEquals(root.resolve(".gsd/worktrees/M001"), channel.worktree(root, M001));
        assertEquals(root.resolve(".gsd/parallel/M001.stdout.log"), channel.stdoutLog(root, M001));
        assertEquals(root.resolve(".gsd/parallel/M001.stderr.log"), channel.stderrLog(root, M001));
    }

    @Test
    void wrong_shapes_read_as_corrupt_naming_the_problem() {
        Path signal = root.resolve(".gsd/parallel/M001.signal.json");
        for (String content : List.of("", "[]", "{\"signal\":\"rebase\",\"sentAt\":1}", "{\"signal\":\"stop\"}",
                "{\"signal\":\"stop\",\"sentAt\":\"soon\"}", "{\"signal\":\"stop\",\"sentAt\":1} trailing")) {
            write(signal, content);
            ChannelFile<?> read = channel.readSignal(root, M001);
            assertInstanceOf(ChannelFile.Corrupt.class, read, content);
            assertTrue(((ChannelFile.Corrupt<?>) read).why().contains("M001.signal.json"), read.toString());
        }
        write(root.resolve(".gsd/worktrees/M001/.gsd/metrics.json"), "{\"version\":2,\"units\":[]}");
        assertInstanceOf(ChannelFile.Corrupt.class, channel.readMetrics(root, M001));
        write(root.resolve(".gsd/worktrees/M001/.gsd/auto.lock"), "{\"pid\":1,\"startedAt\":12}");
        assertInstanceOf(ChannelFile.Corrupt.class, channel.readAutoLock(root, M001));
    }

    @Test
    void a_corrupt_ledger_is_replaced_and_units_written_by_gsd_are_kept_as_they_are() throws Exception {
        Path ledger = root.resolve(".gsd/worktrees/M001/.gsd/metrics.json");
        write(ledger, "{\"version\":1,\"projectStartedAt\":5,\"units\":[{\"type\":\"plan-slice\",\"id\":\"M001/S01\","
                + "\"model\":\"claude\",\"startedAt\":6,\"finishedAt\":7,\"cost\":0.5,\"toolCalls\":3}]}");

        channel.recordUnit(root, M001, new UnitMetrics("execute-task", "M001/S01/T01", T0, T0, BigDecimal.ONE, 0),
                T0);

        String written = Files.readString(ledger);
        assertTrue(written.contains("\"model\": \"claude\""), written);
        assertTrue(written.contains("\"toolCalls\": 3"), written);
        assertEquals(2, channel.readMetrics(root, M001).value().orElseThrow().units().size());
        assertTrue(!Files.exists(ledger.resolveSibling("metrics.json.lock")), "the sentinel must be released");

        write(ledger, "not json");
        channel.recordUnit(root, M001, new UnitMetrics("execute-task", "M001/S01/T02", T0, T0, BigDecimal.ONE, 0),
                T0);
        assertEquals(1, channel.readMetrics(root, M001).value().orElseThrow().units().size());
    }

    @Test
    void a_reader_never_sees_a_torn_status() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger torn = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        channel.writeStatus(root, status(M001, StatusState.RUNNING, "0"));
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                reads.incrementAndGet();
                if (!(channel.readStatus(root, M001) instanceof ChannelFile.Present)) {
                    torn.incrementAndGet();
                }
            }
        });
        reader.start();
        for (int i = 0; i < 300; i++) {
            channel.writeStatus(root, status(M001, StatusState.RUNNING, "0." + i));
        }
        done.set(true);
        reader.join();

        assertEquals(0, torn.get(), "torn reads out of " + reads.get());
        try (var left = Files.list(root.resolve(".gsd/parallel"))) {
            assertEquals(List.of("M001.status.json"), left.map(p -> p.getFileName().toString()).toList(),
                    "no temp files left behind");
        }
    }

    @Test
    void notes_are_appended_to_the_stderr_log() throws Exception {
        channel.noteInStderrLog(root, M001, "[gsd worker] agent exited with code 1");

        assertEquals("\n[gsd worker] agent exited with code 1\n",
                Files.readString(root.resolve(".gsd/parallel/M001.stderr.log")));
    }
}
