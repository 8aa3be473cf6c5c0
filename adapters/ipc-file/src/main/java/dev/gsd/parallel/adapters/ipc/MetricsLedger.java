package dev.gsd.parallel.adapters.ipc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gsd.parallel.application.channel.ChannelFailure;
import dev.gsd.parallel.application.channel.UnitMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes to {@code metrics.json} the way GSD's own writers do, so they can share it: take the sentinel
 * {@code metrics.json.lock} (create-exclusive, holding {@code <pid>\n<ISO time>\n}; older than 4 s counts as stale),
 * re-read the ledger, merge on {@code (type, id, startedAt)}, write atomically, drop the sentinel. After 2 s without
 * the sentinel it writes anyway, as GSD does. A corrupt ledger is replaced rather than merged.
 */
final class MetricsLedger {

    private static final Duration PATIENCE = Duration.ofSeconds(2);
    private static final Duration STALE = Duration.ofSeconds(4);

    private MetricsLedger() {
    }

    static void record(Path ledger, UnitMetrics unit, Instant projectStartedAt, long pid) {
        Path sentinel = ledger.resolveSibling(ledger.getFileName() + ".lock");
        boolean locked = lock(sentinel, pid);
        try {
            Optional<JsonNode> existing = AtomicFiles.read(ledger).flatMap(bytes -> {
                try {
                    return Optional.of(Codecs.checkedLedger(Json.parse(bytes)));
                } catch (Json.Malformed e) {
                    return Optional.empty();
                }
            });
            AtomicFiles.write(ledger, Json.pretty(Codecs.metricsWith(existing, unit, projectStartedAt)));
        } finally {
            if (locked) {
                AtomicFiles.delete(sentinel);
            }
        }
    }

    private static boolean lock(Path sentinel, long pid) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        byte[] content = (pid + "\n" + Json.iso(Instant.ofEpochMilli(System.currentTimeMillis())) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(sentinel.getParent());
            while (true) {
                try {
                    Files.write(sentinel, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    return true;
                } catch (FileAlreadyExistsException e) {
                    clearIfStale(sentinel);
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(5);
            }
        } catch (IOException e) {
            throw new ChannelFailure("cannot lock " + sentinel + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void clearIfStale(Path sentinel) throws IOException {
        try {
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(sentinel).toMillis();
            if (age > STALE.toMillis()) {
                Files.deleteIfExists(sentinel);
            }
        } catch (NoSuchFileException e) {
            // released meanwhile
        }
    }
}
