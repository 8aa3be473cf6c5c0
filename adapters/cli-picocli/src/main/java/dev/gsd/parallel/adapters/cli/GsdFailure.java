package dev.gsd.parallel.adapters.cli;

import java.util.Objects;

/**
 * A failure the user can act on: it ends the command with its {@link ExitCode} and one line on stderr,
 * {@code gsd: <message>}, never with a stack trace. Anything else that escapes a verb is a bug (exit 1).
 *
 * <p>The message says what is wrong and, where possible, how to fix it; it is a single line without the
 * {@code gsd: } prefix.
 */
public class GsdFailure extends RuntimeException {

    private final ExitCode exitCode;

    public GsdFailure(final ExitCode exitCode, final String message) {
        super(Objects.requireNonNull(message, "message"));
        if (exitCode == ExitCode.SUCCESS) {
            throw new IllegalArgumentException("a failure cannot exit with success");
        }
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    public final ExitCode exitCode() {
        return exitCode;
    }
}
