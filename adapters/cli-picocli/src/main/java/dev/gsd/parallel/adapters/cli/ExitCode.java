package dev.gsd.parallel.adapters.cli;

/** The one exit-code table of {@code gsd} (DESIGN.md §3); every verb answers with one of these. */
public enum ExitCode {
    SUCCESS(0, "Success."),
    INTERNAL_ERROR(1, "Internal error (a bug): one line on stderr and the log path."),
    USAGE(2, "Usage error: unknown verb, bad option or argument."),
    BAD_INPUT(3, "Bad input or refused request."),
    BLOCKED(10, "Blocked: work remains that needs a person."),
    CANCELLED(11, "Cancelled (SIGINT/SIGTERM, or stopped by 'gsd parallel stop')."),
    BUDGET_REACHED(12, "Budget ceiling reached.");

    private final int code;
    private final String meaning;

    ExitCode(final int code, final String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
