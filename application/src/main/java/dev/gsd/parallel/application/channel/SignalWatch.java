package dev.gsd.parallel.application.channel;

import java.time.Duration;
import java.util.Optional;

/** Waiting for the coordinator's signal to one milestone. */
public interface SignalWatch extends AutoCloseable {

    /**
     * The signal waiting now, or the one that arrives within {@code patience}; empty if none did. The signal stays
     * until {@link WorkerChannel#deleteSignal} (a corrupt signal file reads as none).
     */
    Optional<WorkerSignal> await(Duration patience);

    @Override
    void close();
}
