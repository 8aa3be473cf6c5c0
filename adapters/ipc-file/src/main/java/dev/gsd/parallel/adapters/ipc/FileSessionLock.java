package dev.gsd.parallel.adapters.ipc;

import dev.gsd.parallel.application.channel.AutoLock;
import dev.gsd.parallel.application.channel.ChannelFailure;
import dev.gsd.parallel.application.channel.SessionHeld;
import dev.gsd.parallel.application.channel.SessionLock;
import dev.gsd.parallel.application.process.ProcessIdentity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A worker's session lock: an exclusive {@code fcntl} lock on {@code .gsd/parallel/<MID>.worker.lock}, which the
 * kernel drops when the holder dies, plus the {@code auto.lock} file in the worktree. The lock file is never replaced
 * (an atomic rename would swap the locked inode away), and its name differs from GSD's own {@code <MID>.lock/}
 * directory, which a GSD agent running under this worker creates.
 */
final class FileSessionLock implements SessionLock {

    // Lock files this JVM holds. POSIX record locks belong to the process, and closing *any* descriptor of the file
    // drops them all, so this process must never open a file it holds just to probe it.
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private static final int ATTEMPTS = 20;

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final Path autoLock;
    private final Optional<ProcessIdentity> previousAgent;

    private FileSessionLock(Path lockFile, FileChannel channel, FileLock lock, Path autoLock,
                            Optional<ProcessIdentity> previousAgent) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.autoLock = autoLock;
        this.previousAgent = previousAgent;
    }

    // The lock file's content is "<agent pid> <agent start mark>\n" while the holder's agent runs, else empty. Only
    // the holder reads or writes it, so it can be rewritten in place.
    private static Optional<ProcessIdentity> recordedAgent(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(128);
        channel.read(buffer, 0);
        String[] words = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim()
                .split(" ");
        try {
            return words.length == 2 ? Optional.of(new ProcessIdentity(Long.parseLong(words[0]),
                    Long.parseLong(words[1]))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<ProcessIdentity> previousAgent() {
        return previousAgent;
    }

    @Override
    public void recordAgent(Optional<ProcessIdentity> agent) {
        String content = agent.map(a -> a.pid() + " " + a.startMark() + "\n").orElse("");
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
        } catch (IOException e) {
            throw new ChannelFailure("cannot write " + lockFile + ": " + e.getMessage(), e);
        }
    }

    static SessionLock acquire(Path lockFile, Path autoLock, AutoLock content, String who) {
        Path key = lockFile.toAbsolutePath().normalize();
        if (!HELD_HERE.add(key)) {
            throw new SessionHeld("another worker is hosting " + who + " (this process holds " + lockFile + ")");
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = null;
            // A prober holds the lock for a moment (see isHeld), so a free lock may need a second try.
            for (int attempt = 0; lock == null && attempt < ATTEMPTS; attempt++) {
                lock = channel.tryLock();
                if (lock == null) {
                    pause();
                }
            }
            if (lock == null) {
                HELD_HERE.remove(key);
                channel.close();
                throw new SessionHeld("another worker is hosting " + who + " (it holds " + lockFile + ")");
            }
            FileSessionLock held = new FileSessionLock(key, channel, lock, autoLock, recordedAgent(channel));
            try {
                held.update(content);
            } catch (RuntimeException e) {
                held.close();
                throw e;
            }
            return held;
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_HERE.remove(key);
            throw new ChannelFailure("cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    /** True if a live process holds the lock; asks the kernel, taking and dropping the lock if it is free. */
    static boolean isHeld(Path lockFile) {
        if (HELD_HERE.contains(lockFile.toAbsolutePath().normalize())) {
            return true;
        }
        Optional<FileChannel> opened;
        try {
            opened = Optional.of(FileChannel.open(lockFile, StandardOpenOption.WRITE));
        } catch (NoSuchFileException e) {
            opened = Optional.empty();
        } catch (IOException e) {
            throw new ChannelFailure("cannot open " + lockFile + ": " + e.getMessage(), e);
        }
        if (opened.isEmpty()) {
            return false;
        }
        try (FileChannel channel = opened.get()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very process holds it
        } catch (IOException e) {
            throw new ChannelFailure("cannot probe " + lockFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void update(AutoLock content) {
        AtomicFiles.write(autoLock, Json.pretty(Codecs.autoLock(content)));
    }

    @Override
    public void close() {
        try {
            AtomicFiles.delete(autoLock);
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel releases it as well
            }
            closeQuietly(channel);
            HELD_HERE.remove(lockFile);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was written through it
            }
        }
    }
}
