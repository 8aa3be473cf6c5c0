package dev.gsd.parallel.application.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * The worktree's {@code .gsd/auto.lock}, in GSD's schema: who holds the worktree and what it is doing. The file is
 * information only; exclusion is an operating-system lock the holder keeps (see {@link SessionLock}).
 *
 * @param pid           the worker process
 * @param startedAt     when this content was written (GSD rewrites it on every unit)
 * @param unitType      {@code starting} until the agent reports a unit
 * @param unitId        {@code bootstrap} until the agent reports a unit
 */
public record AutoLock(long pid, Instant startedAt, String unitType, String unitId, Instant unitStartedAt) {

    public static final String STARTING = "starting";
    public static final String BOOTSTRAP = "bootstrap";

    public AutoLock {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(unitType, "unitType");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitStartedAt, "unitStartedAt");
    }
}
