package dev.gsd.parallel.application.channel;

import java.util.List;

/** The agent's stdout log, read as it grows. */
public interface AgentOutput extends AutoCloseable {

    /** The events of the complete lines written since the last call; a line still being written waits. */
    List<AgentEvent> poll();

    @Override
    void close();
}
