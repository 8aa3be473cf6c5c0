package dev.gsd.parallel.adapters.ipc;

import dev.gsd.parallel.application.channel.AgentOutput;
import dev.gsd.parallel.application.channel.AutoLock;
import dev.gsd.parallel.application.channel.ChannelFailure;
import dev.gsd.parallel.application.channel.ChannelFile;
import dev.gsd.parallel.application.channel.Metrics;
import dev.gsd.parallel.application.channel.SessionLock;
import dev.gsd.parallel.application.channel.SignalWatch;
import dev.gsd.parallel.application.channel.UnitMetrics;
import dev.gsd.parallel.application.channel.WorkerChannel;
import dev.gsd.parallel.application.channel.WorkerSignal;
import dev.gsd.parallel.application.channel.WorkerStatus;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The worker channel on files (DESIGN.md §5): under the project's {@code .gsd/parallel/} the status
 * ({@code <MID>.status.json}), the signal ({@code <MID>.signal.json}), the agent's logs and the session lock file
 * ({@code <MID>.worker.lock}); in the worktree's {@code .gsd/} the {@code auto.lock} and {@code metrics.json}.
 */
public final class FileWorkerChannel implements WorkerChannel {

    private static Path parallel(Path root) {
        return root.resolve(".gsd").resolve("parallel");
    }

    private static Path file(Path root, MilestoneId milestone, String suffix) {
        return parallel(root).resolve(milestone.value() + suffix);
    }

    private Path worktreeGsd(Path root, MilestoneId milestone) {
        return worktree(root, milestone).resolve(".gsd");
    }

    @Override
    public Path worktree(Path root, MilestoneId milestone) {
        return root.resolve(".gsd").resolve("worktrees").resolve(milestone.value());
    }

    @Override
    public Path stdoutLog(Path root, MilestoneId milestone) {
        return file(root, milestone, ".stdout.log");
    }

    @Override
    public Path stderrLog(Path root, MilestoneId milestone) {
        return file(root, milestone, ".stderr.log");
    }

    @Override
    public void noteInStderrLog(Path root, MilestoneId milestone, String line) {
        Path log = stderrLog(root, milestone);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "\n" + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new ChannelFailure("cannot append to " + log + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void writeStatus(Path root, WorkerStatus status) {
        AtomicFiles.write(file(root, status.milestoneId(), ".status.json"), Json.pretty(Codecs.status(status)));
    }

    @Override
    public ChannelFile<WorkerStatus> readStatus(Path root, MilestoneId milestone) {
        return read(file(root, milestone, ".status.json"), Codecs::status);
    }

    @Override
    public void deleteStatus(Path root, MilestoneId milestone) {
        AtomicFiles.delete(file(root, milestone, ".status.json"));
    }

    @Override
    public void sendSignal(Path root, MilestoneId milestone, WorkerSignal signal) {
        AtomicFiles.write(file(root, milestone, ".signal.json"), Json.pretty(Codecs.signal(signal)));
    }

    @Override
    public ChannelFile<WorkerSignal> readSignal(Path root, MilestoneId milestone) {
        return read(file(root, milestone, ".signal.json"), Codecs::signal);
    }

    @Override
    public void deleteSignal(Path root, MilestoneId milestone) {
        AtomicFiles.delete(file(root, milestone, ".signal.json"));
    }

    @Override
    public Optional<WorkerSignal> takeSignal(Path root, MilestoneId milestone) {
        Path signal = file(root, milestone, ".signal.json");
        Path taken = signal.resolveSibling(signal.getFileName() + ".taken");
        try {
            Files.move(signal, taken, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ChannelFailure("cannot claim " + signal + ": " + e.getMessage(), e);
        }
        try {
            return read(taken, Codecs::signal).value();
        } finally {
            AtomicFiles.delete(taken);
        }
    }

    @Override
    public SignalWatch watchSignals(Path root, MilestoneId milestone) {
        return new FileSignalWatch(parallel(root), () -> readSignal(root, milestone).value());
    }

    @Override
    public AgentOutput agentOutput(Path root, MilestoneId milestone) {
        return NdjsonAgentOutput.fromCurrentEnd(stdoutLog(root, milestone));
    }

    @Override
    public SessionLock lockSession(Path root, MilestoneId milestone, AutoLock content) {
        return FileSessionLock.acquire(file(root, milestone, ".worker.lock"),
                worktreeGsd(root, milestone).resolve("auto.lock"), content, milestone.value());
    }

    @Override
    public boolean isSessionHeld(Path root, MilestoneId milestone) {
        return FileSessionLock.isHeld(file(root, milestone, ".worker.lock"));
    }

    @Override
    public ChannelFile<AutoLock> readAutoLock(Path root, MilestoneId milestone) {
        return read(worktreeGsd(root, milestone).resolve("auto.lock"), Codecs::autoLock);
    }

    @Override
    public void recordUnit(Path root, MilestoneId milestone, UnitMetrics unit, Instant projectStartedAt) {
        MetricsLedger.record(worktreeGsd(root, milestone).resolve("metrics.json"), unit, projectStartedAt,
                ProcessHandle.current().pid());
    }

    @Override
    public ChannelFile<Metrics> readMetrics(Path root, MilestoneId milestone) {
        return read(worktreeGsd(root, milestone).resolve("metrics.json"), Codecs::metrics);
    }

    private static <T> ChannelFile<T> read(Path path, Decoder<T> decoder) {
        Optional<byte[]> bytes = AtomicFiles.read(path);
        if (bytes.isEmpty()) {
            return ChannelFile.absent();
        }
        try {
            return ChannelFile.present(decoder.decode(Json.parse(bytes.get())));
        } catch (Json.Malformed e) {
            return ChannelFile.corrupt(path + ": " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Decoder<T> {
        T decode(com.fasterxml.jackson.databind.JsonNode node) throws Json.Malformed;
    }
}
