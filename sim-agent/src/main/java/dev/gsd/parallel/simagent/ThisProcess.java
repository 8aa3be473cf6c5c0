package dev.gsd.parallel.simagent;

import java.io.IOException;
import java.io.UncheckedIOException;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The agent's own JVM. SIGKILL comes from {@code kill -KILL <own pid>}: the JDK has no way to kill its own process by
 * a signal, and only a real SIGKILL looks to the worker like an agent the OS killed (exit 137, no shutdown hooks).
 * Ignoring SIGTERM uses {@code sun.misc.Signal} (module {@code jdk.unsupported}), the JDK's only handle on signals;
 * javac warns about it, and that is the price.
 */
final class ThisProcess implements Body {

    @Override
    public void work(final long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while working", e);
            }
        }
    }

    @Override
    public void crash() {
        final String pid = String.valueOf(ProcessHandle.current().pid());
        try {
            new ProcessBuilder("kill", "-KILL", pid).inheritIO().start().waitFor();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot run kill -KILL " + pid, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        hang(); // the signal may take a moment to land
    }

    @Override
    public void hang() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (final InterruptedException e) {
                // a hung agent does not react to anything but a signal
            }
        }
    }

    @Override
    public void ignoreSigterm() {
        Signal.handle(new Signal("TERM"), SignalHandler.SIG_IGN);
    }
}
