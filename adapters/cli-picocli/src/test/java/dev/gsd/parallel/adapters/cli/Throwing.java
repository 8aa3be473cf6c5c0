package dev.gsd.parallel.adapters.cli;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;

/** A test-only verb, {@code gsd throw}, that fails the way the given supplier says. */
@Command(name = "throw")
final class Throwing implements Callable<Integer> {

    private final Supplier<? extends Throwable> failure;

    Throwing(final Supplier<? extends Throwable> failure) {
        this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
        final Throwable thrown = failure.get();
        if (thrown instanceof Exception exception) {
            throw exception;
        }
        throw (Error) thrown;
    }
}
