package dev.gsd.parallel.adapters.ipc;

import java.io.IOException;
import dev.gsd.parallel.application.channel.ChannelFailure;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Whole-file writes that readers never see half done: the bytes go to {@code <name>.tmp.<8 hex>} next to the target
 * (same file system, as GSD names its temp files), are forced to disk, then renamed over the target in one step.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void write(Path target, byte[] content) {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp."
                + String.format("%08x", ThreadLocalRandom.current().nextInt()));
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + target + " cannot rename atomically", e);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ChannelFailure("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The file's bytes, or empty if there is no such file. */
    static Optional<byte[]> read(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ChannelFailure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ChannelFailure("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write already failed; that is what gets reported
        }
    }
}
