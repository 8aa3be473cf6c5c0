package dev.gsd.parallel.adapters.ipc;

import dev.gsd.parallel.application.channel.AgentEvent;
import dev.gsd.parallel.application.channel.AgentOutput;
import dev.gsd.parallel.application.channel.ChannelFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows an agent's stdout log from a starting offset: reads what was appended since the last poll and turns each
 * complete line into events. Bytes after the last newline wait for the rest of their line, until {@link #finish}.
 */
final class NdjsonAgentOutput implements AgentOutput {

    private static final int CHUNK = 64 * 1024;
    /** Longer lines (a tool result holding a whole file) carry no cost; buffering them could exhaust a worker. */
    static final int MAX_LINE_BYTES = 1024 * 1024;

    private final Path log;
    private final long startOffset;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    private FileChannel channel;
    private long lineNumber;
    private boolean overlong;

    NdjsonAgentOutput(Path log) {
        this(log, 0);
    }

    private NdjsonAgentOutput(Path log, long startOffset) {
        this.log = log;
        this.startOffset = startOffset;
    }

    /** From the log's current end: the log is appended to across attempts, and earlier ones were counted then. */
    static NdjsonAgentOutput fromCurrentEnd(Path log) {
        try {
            return new NdjsonAgentOutput(log, Files.exists(log) ? Files.size(log) : 0);
        } catch (IOException e) {
            throw new ChannelFailure("cannot read " + log + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<AgentEvent> finish() {
        List<AgentEvent> events = poll();
        if (overlong) {
            events.add(new AgentEvent.Malformed(++lineNumber));
        } else if (partial.size() > 0) {
            lineNumber++;
            AgentLines.read(partial.toString(StandardCharsets.UTF_8), lineNumber).ifPresent(events::add);
        }
        partial.reset();
        overlong = false;
        return events;
    }

    @Override
    public List<AgentEvent> poll() {
        List<AgentEvent> events = new ArrayList<>();
        try {
            if (channel == null) {
                try {
                    channel = FileChannel.open(log, StandardOpenOption.READ);
                    channel.position(startOffset);
                } catch (NoSuchFileException e) {
                    return events;
                }
            }
            while (true) {
                buffer.clear();
                int read = channel.read(buffer);
                if (read <= 0) {
                    return events;
                }
                for (int i = 0; i < read; i++) {
                    byte b = buffer.get(i);
                    if (b == '\n') {
                        lineNumber++;
                        if (overlong) {
                            events.add(new AgentEvent.Malformed(lineNumber));
                        } else {
                            AgentLines.read(partial.toString(StandardCharsets.UTF_8), lineNumber)
                                    .ifPresent(events::add);
                        }
                        partial.reset();
                        overlong = false;
                    } else if (partial.size() < MAX_LINE_BYTES) {
                        partial.write(b);
                    } else {
                        overlong = true;
                    }
                }
            }
        } catch (IOException e) {
            throw new ChannelFailure("cannot read " + log + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // read-only; nothing to lose
            }
        }
    }
}
