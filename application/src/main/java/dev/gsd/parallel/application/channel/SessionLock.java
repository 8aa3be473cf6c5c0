package dev.gsd.parallel.application.channel;

/**
 * A worker's hold on its milestone: an operating-system lock that the kernel releases the moment the holder dies,
 * however it dies, plus the {@link AutoLock} file describing the holder.
 */
public interface SessionLock extends AutoCloseable {

    /** Rewrites the worktree's {@code auto.lock} (atomically). */
    void update(AutoLock content);

    /** Deletes {@code auto.lock} and releases the lock. */
    @Override
    void close();
}
