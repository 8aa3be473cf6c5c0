package dev.gsd.parallel.adapters.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One in-process run of {@link GsdCli}: its exit code and what it wrote. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(final Map<String, String> environment, final Path workingDirectory, final List<Object> verbs,
                     final String... args) {
        return of(environment, workingDirectory, TestProjects.emptyProjectAt(workingDirectory), verbs, args);
    }

    static CliRun of(final Map<String, String> environment, final Path workingDirectory, final UseCases useCases,
                     final List<Object> verbs, final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exitCode = new GsdCli(environment, workingDirectory, useCases, verbs)
                .run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    String onlyErrLine() {
        final List<String> lines = errLines();
        if (lines.size() != 1) {
            throw new AssertionError("expected exactly one line on stderr, got " + lines.size() + ":\n" + err);
        }
        return lines.get(0);
    }
}
