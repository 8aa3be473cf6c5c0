package dev.gsd.parallel.adapters.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command {@code gsd}: owns the global options; the verbs are registered by {@link GsdCli}. */
@Command(
        name = "gsd",
        description = "Runs several GSD milestones at once, each in its own worker, worktree and branch.",
        synopsisSubcommandLabel = "<verb>",
        commandListHeading = "%nVerbs:%n",
        exitCodeListHeading = "%nExit codes:%n",
        versionProvider = GsdVersion.class,
        separator = " ",
        sortOptions = false)
final class GsdCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "-C", order = 1, scope = ScopeType.INHERIT, paramLabel = "<dir>",
            description = "Project directory (default: the current directory).")
    private String directory;

    @Option(names = "--json", order = 2, scope = ScopeType.INHERIT, description = "Machine-readable output.")
    private boolean json;

    private boolean noColor;

    @Option(names = {"-v", "--verbose"}, order = 4, scope = ScopeType.INHERIT,
            description = "More detail; stack traces on internal errors.")
    private boolean verbose;

    @Option(names = "--version", order = 5, versionHelp = true,
            description = "Print the version and exit.")
    private boolean versionRequested;

    @Option(names = {"-h", "--help"}, order = 6, usageHelp = true, scope = ScopeType.INHERIT,
            description = "Show this help and exit.")
    private boolean helpRequested;

    // A setter, not a field: the colour scheme must change before picocli prints any help.
    @Option(names = "--no-color", order = 3, scope = ScopeType.INHERIT,
            description = "No colours (the NO_COLOR environment variable does the same).")
    private void noColor(final boolean requested) {
        noColor = requested;
        if (requested) {
            spec.commandLine().setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        }
    }

    GlobalOptions globalOptions() {
        return new GlobalOptions(Optional.ofNullable(directory), json, noColor, verbose);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing verb");
    }
}
