package dev.gsd.parallel.application.channel;

import java.time.Instant;
import java.util.Objects;

/** {@code .gsd/parallel/<MID>.signal.json}: one request from the coordinator; the worker acts and deletes it. */
public record WorkerSignal(SignalKind signal, Instant sentAt, String from) {

    public static final String COORDINATOR = "coordinator";

    public WorkerSignal {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(from, "from");
    }

    public static WorkerSignal fromCoordinator(SignalKind signal, Instant sentAt) {
        return new WorkerSignal(signal, sentAt, COORDINATOR);
    }
}
