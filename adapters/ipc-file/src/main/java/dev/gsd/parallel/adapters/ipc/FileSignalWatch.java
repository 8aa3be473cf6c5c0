package dev.gsd.parallel.adapters.ipc;

import dev.gsd.parallel.application.channel.ChannelFailure;
import dev.gsd.parallel.application.channel.SignalWatch;
import dev.gsd.parallel.application.channel.WorkerSignal;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Waits for a signal file with a file-system watch on its directory (about 1 ms on Linux), and looks at the file
 * itself before and after every wait, so a missed or overflowed event costs at most one wait.
 */
final class FileSignalWatch implements SignalWatch {

    private final Supplier<Optional<WorkerSignal>> read;
    private final WatchService watcher;

    FileSignalWatch(Path directory, Supplier<Optional<WorkerSignal>> read) {
        this.read = read;
        try {
            java.nio.file.Files.createDirectories(directory);
            this.watcher = FileSystems.getDefault().newWatchService();
            directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE); // a rename into place is a create
        } catch (IOException e) {
            throw new ChannelFailure("cannot watch " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<WorkerSignal> await(Duration patience) {
        long deadline = System.nanoTime() + Math.max(0, patience.toNanos());
        while (true) {
            Optional<WorkerSignal> now = read.get();
            long left = deadline - System.nanoTime();
            if (now.isPresent() || left <= 0) {
                return now;
            }
            // Any event in the directory wakes us (a temp file, another milestone's file); look, then wait on.
            try {
                WatchKey key = watcher.poll(left, TimeUnit.NANOSECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return read.get();
            } catch (ClosedWatchServiceException e) {
                return Optional.empty();
            }
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException ignored) {
            // nothing more to watch either way
        }
    }
}
