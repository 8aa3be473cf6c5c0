package dev.gsd.parallel.application.channel;

import java.util.List;

/** The agent's stdout log, read as it grows. */
public interface AgentOutput extends AutoCloseable {

    /** The events of the complete lines written since the last call; a line still being written waits. */
    List<AgentEvent> poll();

    /**
     * Once the agent has exited: the events of what is left, including a last line that never got its newline.
     */
    default List<AgentEvent> finish() {
        return poll();
    }

    @Override
    void close();
}
