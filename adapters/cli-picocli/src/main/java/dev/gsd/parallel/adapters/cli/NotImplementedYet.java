package dev.gsd.parallel.adapters.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The honest answer of a verb whose issue has not landed yet: one line on stderr and exit 1. */
final class NotImplementedYet {

    private NotImplementedYet() {
    }

    static int answer(final CommandSpec verb) {
        return answer(verb, "not implemented yet");
    }

    static int answer(final CommandSpec verb, final String what) {
        verb.commandLine().getErr().println(verb.qualifiedName() + ": " + what + " (see issue list)");
        return ExitCode.INTERNAL_ERROR.code();
    }
}
