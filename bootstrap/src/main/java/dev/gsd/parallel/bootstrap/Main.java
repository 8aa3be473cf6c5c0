package dev.gsd.parallel.bootstrap;

import dev.gsd.parallel.adapters.cli.GsdCli;
import dev.gsd.parallel.adapters.cli.UseCases;
import dev.gsd.parallel.adapters.git.JGitRepositories;
import dev.gsd.parallel.adapters.gsdproject.GsdProjectFiles;
import dev.gsd.parallel.adapters.ipc.FileWorkerChannel;
import dev.gsd.parallel.adapters.process.LocalWorkerProcesses;
import dev.gsd.parallel.application.merge.Merging;
import dev.gsd.parallel.application.planning.Planning;
import dev.gsd.parallel.application.worker.WorkerHost;
import dev.gsd.parallel.simagent.SimAgents;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** {@code java -jar gsd.jar …}: wires the adapters to the use cases, runs {@code gsd} and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(final String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs {@code gsd} with the process's environment and working directory; never exits the JVM. */
    public static int run(final PrintStream out, final PrintStream err, final String... args) {
        final PrintWriter outWriter = new PrintWriter(out, true);
        final PrintWriter errWriter = new PrintWriter(err, true);
        final Map<String, String> environment = System.getenv();
        final GsdCli cli = new GsdCli(environment, Path.of("").toAbsolutePath(), useCases(environment));
        return cli.run(outWriter, errWriter, args);
    }

    static UseCases useCases(final Map<String, String> environment) {
        final Planning planning = new Planning(GsdProjectFiles.projectPlans(),
                GsdProjectFiles.preferenceFiles(GsdCli.gsdHome(environment)));
        final Merging merging = new Merging(GsdProjectFiles.projectPlans(),
                GsdProjectFiles.preferenceFiles(GsdCli.gsdHome(environment)), JGitRepositories.milestoneBranches(),
                JGitRepositories.worktrees());
        return new UseCases(planning, merging, SimAgents.simulatedAgent(GsdProjectFiles.projectPlans()),
                () -> new WorkerHost(GsdProjectFiles.projectPlans(),
                        GsdProjectFiles.preferenceFiles(GsdCli.gsdHome(environment)), new LocalWorkerProcesses(),
                        new FileWorkerChannel(), GsdProjectFiles::commandWords, WorkerJvm.program(),
                        Clock.systemUTC()));
    }
}
