package dev.gsd.parallel.adapters.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * The {@code gsd} command line, runnable without a process: {@link #run} parses, executes and answers with the
 * exit code; it never calls {@code System.exit} and writes only to the writers it is given.
 */
public final class GsdCli {

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final UseCases useCases;
    private final List<Object> extraVerbs;

    /**
     * @param environment      the process environment ({@code GSD_HOME}, {@code HOME}, {@code NO_COLOR}, …)
     * @param workingDirectory the directory {@code -C} is relative to, and the default project directory
     * @param useCases         what the verbs call
     */
    public GsdCli(final Map<String, String> environment, final Path workingDirectory, final UseCases useCases) {
        this(environment, workingDirectory, useCases, List.of());
    }

    // Lets tests register a verb of their own, e.g. one that fails like a bug would.
    GsdCli(final Map<String, String> environment, final Path workingDirectory, final UseCases useCases,
           final List<Object> extraVerbs) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.extraVerbs = List.copyOf(extraVerbs);
    }

    /** GSD's home directory for {@code environment}: {@code $GSD_HOME}, else {@code ~/.gsd}. */
    public static Path gsdHome(final Map<String, String> environment) {
        return LogFile.gsdHome(environment);
    }

    public int run(final PrintWriter out, final PrintWriter err, final String... args) {
        final GsdCommand root = new GsdCommand();
        final ExceptionMapper mapper = new ExceptionMapper(
                () -> LogFile.in(environment), () -> root.globalOptions().verbose(), Clock.systemUTC());
        try {
            return commandLine(root, mapper, out, err).execute(args);
        } catch (final RuntimeException | Error bug) {
            // picocli lets Errors (and failures of its own) through; they are bugs all the same.
            return mapper.internalError(bug, err, List.of(args));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private CommandLine commandLine(final GsdCommand root, final ExceptionMapper mapper,
                                    final PrintWriter out, final PrintWriter err) {
        final CliContext context = new CliContext(root, workingDirectory, useCases);
        final CommandLine parallel = new CommandLine(new ParallelCmd())
                .addSubcommand(new ParallelStartCmd(context))
                .addSubcommand(new ParallelStatusCmd(context))
                .addSubcommand(new ParallelStopCmd(context))
                .addSubcommand(new ParallelPauseCmd(context))
                .addSubcommand(new ParallelResumeCmd(context))
                .addSubcommand(new ParallelMergeCmd(context))
                .addSubcommand(new ParallelHistoryCmd(context));
        final CommandLine gsd = new CommandLine(root)
                .addSubcommand(new QueueCmd(context))
                .addSubcommand(parallel)
                .addSubcommand(new DoctorCmd(context))
                .addSubcommand(new DemoCmd())
                .addSubcommand(new SimAgentCmd(context, environment))
                .addSubcommand(new WorkerCmd(context));
        extraVerbs.forEach(gsd::addSubcommand);
        gsd.getCommandSpec().usageMessage().exitCodeList(exitCodeList());
        // Settings below propagate to the subcommands registered above, so they come last.
        return gsd.setOut(out)
                .setErr(err)
                .setColorScheme(Help.defaultColorScheme(colorWanted() ? Help.Ansi.AUTO : Help.Ansi.OFF))
                .setParameterExceptionHandler(mapper)
                .setExecutionExceptionHandler(mapper);
    }

    // https://no-color.org: any non-empty NO_COLOR turns colours off.
    private boolean colorWanted() {
        final String noColor = environment.get("NO_COLOR");
        return noColor == null || noColor.isEmpty();
    }

    private static Map<String, String> exitCodeList() {
        final Map<String, String> list = new LinkedHashMap<>();
        for (final ExitCode exitCode : ExitCode.values()) {
            list.put(String.valueOf(exitCode.code()), exitCode.meaning());
        }
        return list;
    }
}
