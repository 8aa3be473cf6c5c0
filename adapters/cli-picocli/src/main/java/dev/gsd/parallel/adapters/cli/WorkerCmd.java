package dev.gsd.parallel.adapters.cli;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.worker.WorkerHost;
import dev.gsd.parallel.application.worker.WorkerOutcome;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gsd worker} (internal, hidden): hosts one milestone's agent; started by the coordinator only. Exits 0 when
 * the agent exited 0, 11 when it was stopped (a {@code stop} signal), 10 when it failed or crashed, 3 when the
 * milestone cannot be hosted (no worktree, another worker holds it). SIGTERM to the worker stops the agent the same
 * way before the JVM ends (the process then exits 143, as any JVM ended by SIGTERM does).
 */
@Command(name = "worker", hidden = true, description = "Internal: hosts one milestone's agent.", sortOptions = false)
final class WorkerCmd implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--milestone", required = true, paramLabel = "MID", description = "The milestone to host.")
    private String milestone;

    @Option(names = "--attempt", defaultValue = "1", paramLabel = "N",
            description = "1 for the first start of the milestone in a run, 2 after a restart, … (default: 1).")
    private int attempt;

    @Option(names = "--stop-grace-ms", defaultValue = "3000", paramLabel = "MS",
            description = "Time between SIGTERM and SIGKILL when stopping the agent (default: 3000).")
    private long stopGraceMs;

    WorkerCmd(final CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        final MilestoneId id = MilestoneId.parse(milestone)
                .orElseThrow(() -> new BadInput("--milestone " + milestone + " is not a milestone id (M001)"));
        final Duration grace = Duration.ofMillis(Math.max(0, stopGraceMs));
        final WorkerHost host = context.useCases().workerHost().get();
        final Thread onSigterm = new Thread(() -> {
            host.requestStop();
            try {
                host.awaitFinished(grace.plusSeconds(5));
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gsd-worker-stop");
        Runtime.getRuntime().addShutdownHook(onSigterm);
        try {
            return exitCode(host.host(context.projectDirectory(), id, attempt, grace));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onSigterm);
            } catch (final IllegalStateException shuttingDown) {
                // the hook is running: it waits for us, and we are done
            }
        }
    }

    static int exitCode(final WorkerOutcome outcome) {
        switch (outcome) {
            case COMPLETED:
                return ExitCode.SUCCESS.code();
            case STOPPED:
                return ExitCode.CANCELLED.code();
            case FAILED:
                return ExitCode.BLOCKED.code();
            default:
                throw new IllegalArgumentException("unhandled outcome " + outcome);
        }
    }
}
