package dev.gsd.parallel.adapters.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One line of {@code /proc/<pid>/stat}: the fields this adapter needs. The command name (field 2) may hold spaces
 * and parentheses, so fields are counted from the last {@code ')'}.
 *
 * @param state     field 3: {@code R}, {@code S}, {@code T} (stopped), {@code Z} (zombie), {@code X} (dead), …
 * @param pgrp      field 5: the process group
 * @param startTime field 22: clock ticks after boot when the process started
 */
record ProcStat(long pid, char state, long pgrp, long startTime) {

    private static final Path PROC = Path.of("/proc");

    static Optional<ProcStat> of(long pid) {
        return read(PROC.resolve(Long.toString(pid)).resolve("stat"), pid);
    }

    static Optional<ProcStat> read(Path statFile, long pid) {
        String line;
        try {
            // the command name may hold any bytes; ISO-8859-1 decodes every byte, US-ASCII would throw on them
            line = Files.readString(statFile, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // gone, or vanished while being read
        }
        return parse(line, pid);
    }

    static Optional<ProcStat> parse(String line, long pid) {
        int close = line.lastIndexOf(')');
        if (close < 0) {
            return Optional.empty();
        }
        String[] fields = line.substring(close + 2).trim().split(" ");
        // fields[0] is field 3 (state), so field n is fields[n - 3].
        if (fields.length < 20 || fields[0].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProcStat(pid, fields[0].charAt(0), Long.parseLong(fields[2]),
                    Long.parseLong(fields[19])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Not a zombie and not dead: it can still do something. */
    boolean running() {
        return state != 'Z' && state != 'X' && state != 'x';
    }

    /** Every running process of group {@code pgrp}. */
    static boolean anyInGroup(long pgrp) {
        try (var entries = Files.newDirectoryStream(PROC)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.isEmpty() || !Character.isDigit(name.charAt(0))) {
                    continue;
                }
                Optional<ProcStat> stat = read(entry.resolve("stat"), Long.parseLong(name));
                if (stat.isPresent() && stat.get().pgrp() == pgrp && stat.get().running()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
