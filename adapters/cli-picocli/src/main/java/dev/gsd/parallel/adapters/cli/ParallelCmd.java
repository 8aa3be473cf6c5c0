package dev.gsd.parallel.adapters.cli;

import picocli.CommandLine.Command;

/** {@code gsd parallel}: groups the verbs that run and control milestones in parallel. */
@Command(name = "parallel",
        description = "Run milestones in parallel: start, watch, control, merge, audit.",
        synopsisSubcommandLabel = "<verb>",
        commandListHeading = "%nVerbs:%n")
final class ParallelCmd {
}
