package dev.gsd.parallel.application.channel;

import dev.gsd.parallel.application.process.ProcessIdentity;
import java.util.Optional;

/**
 * A worker's hold on its milestone: an operating-system lock that the kernel releases the moment the holder dies,
 * however it dies, plus the {@link AutoLock} file describing the holder. The lock also remembers the agent its
 * holder ran, so that the next holder can end an agent orphaned by a holder that was killed.
 */
public interface SessionLock extends AutoCloseable {

    /** Rewrites the worktree's {@code auto.lock} (atomically). */
    void update(AutoLock content);

    /** The agent the previous holder recorded and did not clear: it may still run, orphaned. */
    Optional<ProcessIdentity> previousAgent();

    /** Remembers {@code agent} (or, when empty, that no agent runs) for whoever holds the lock next. */
    void recordAgent(Optional<ProcessIdentity> agent);

    /** Deletes {@code auto.lock} and releases the lock. */
    @Override
    void close();
}
