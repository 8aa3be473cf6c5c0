package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.BadInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where failures become exit codes and stderr lines: usage errors exit 2, bad input exits 3, a
 * {@link GsdFailure} exits with its own code, anything else is a bug (exit 1) whose stack trace goes to the log file, and to stderr only
 * with {@code --verbose}. Every error is exactly one line on stderr unless the user asked for the stack trace.
 */
final class ExceptionMapper implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private static final String PROGRAM = "gsd";

    private final Supplier<LogFile> logFile;
    private final BooleanSupplier verbose;
    private final Clock clock;

    ExceptionMapper(final Supplier<LogFile> logFile, final BooleanSupplier verbose, final Clock clock) {
        this.logFile = Objects.requireNonNull(logFile, "logFile");
        this.verbose = Objects.requireNonNull(verbose, "verbose");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int handleParseException(final ParameterException ex, final String[] args) {
        final CommandLine where = ex.getCommandLine();
        final String command = where.getCommandSpec().qualifiedName();
        where.getErr().println(PROGRAM + ": " + usageProblem(ex, command)
                + ". Try '" + command + " --help'.");
        return ExitCode.USAGE.code();
    }

    @Override
    public int handleExecutionException(final Exception ex, final CommandLine commandLine,
                                        final ParseResult parseResult) {
        if (ex instanceof GsdFailure failure) {
            commandLine.getErr().println(PROGRAM + ": " + oneLine(failure.getMessage()));
            return failure.exitCode().code();
        }
        if (ex instanceof BadInput badInput) {
            commandLine.getErr().println(PROGRAM + ": " + oneLine(badInput.getMessage()));
            return ExitCode.BAD_INPUT.code();
        }
        return internalError(ex, commandLine.getErr(), parseResult.originalArgs());
    }

    int internalError(final Throwable bug, final PrintWriter err, final List<String> args) {
        err.println(PROGRAM + ": internal error: " + describe(bug) + " (" + recordInLog(bug, args) + ")");
        if (verbose.getAsBoolean()) {
            bug.printStackTrace(err);
        }
        return ExitCode.INTERNAL_ERROR.code();
    }

    // Writing the log must never turn one failure into two: whatever goes wrong is told on the same line.
    private String recordInLog(final Throwable bug, final List<String> args) {
        final LogFile log;
        try {
            log = logFile.get();
        } catch (final RuntimeException e) {
            return "no log file written: " + describeWithType(e);
        }
        try {
            log.append(clock.instant() + " " + PROGRAM + " " + GsdVersion.version() + ": "
                    + PROGRAM + " " + String.join(" ", args) + System.lineSeparator()
                    + stackTrace(bug) + System.lineSeparator());
            return "details in " + log.path();
        } catch (final IOException | RuntimeException e) {
            return "could not write details to " + log.path() + ": " + describeWithType(e);
        }
    }

    private static String usageProblem(final ParameterException ex, final String command) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            final List<String> arguments = unmatched.getUnmatched();
            final boolean unknownVerb = !ex.getCommandLine().getSubcommands().isEmpty()
                    && !arguments.isEmpty() && !arguments.get(0).startsWith("-");
            if (unknownVerb) {
                final List<String> suggestions = unmatched.getSuggestions();
                final String hint = suggestions.isEmpty() ? "" : " (did you mean '" + suggestions.get(0) + "'?)";
                return "'" + arguments.get(0) + "' is not a " + command + " command" + hint;
            }
        }
        final String message = oneLine(ex.getMessage()).replaceFirst("\\.$", "");
        final boolean capitalisedWord = message.length() > 1 && Character.isUpperCase(message.charAt(0))
                && Character.isLowerCase(message.charAt(1));
        return capitalisedWord ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
    }

    private static String describe(final Throwable throwable) {
        final String message = throwable.getMessage();
        return message == null || message.isBlank() ? throwable.getClass().getName() : oneLine(message);
    }

    private static String describeWithType(final Throwable throwable) {
        final String message = throwable.getMessage();
        final String type = throwable.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + oneLine(message);
    }

    private static String oneLine(final String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String stackTrace(final Throwable throwable) {
        final StringWriter trace = new StringWriter();
        throwable.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
