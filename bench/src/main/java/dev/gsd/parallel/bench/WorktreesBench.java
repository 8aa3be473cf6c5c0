package dev.gsd.parallel.bench;

import dev.gsd.parallel.adapters.git.JGitRepositories;
import dev.gsd.parallel.application.git.MilestoneBranches;
import dev.gsd.parallel.application.git.Worktrees;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Our worktree creation against {@code git worktree add}, and our squash merge against {@code git merge --squash} +
 * {@code git commit}, on a generated repository of 2,000 files / 20 MB (spike §1). Warm JVM for ours, a git process
 * per command for git's; then the median of {@link #ROUNDS}. Worktree creation is preceded by one unmeasured round;
 * merges by {@link #MERGE_WARM_UP} rounds, because the coordinator merges inside a long-running JVM: the steady state
 * is what a run pays per merge after its first, and the first (cold) merge is reported on its own line.
 */
final class WorktreesBench {

    private static final int ROUNDS = 7;
    private static final int MERGE_WARM_UP = 10;
    private static final int FILES = 2_000;
    private static final int FILE_BYTES = 10_240;

    private final PrintStream out;

    WorktreesBench(PrintStream out) {
        this.out = out;
    }

    void run() throws Exception {
        Path temp = Files.createTempDirectory("gsd-bench-git");
        try {
            Path root = generate(temp.resolve("repo"));
            Worktrees worktrees = JGitRepositories.worktrees();
            MilestoneBranches branches = JGitRepositories.milestoneBranches();

            List<Double> gitAdd = new ArrayList<>();
            List<Double> ourAdd = new ArrayList<>();
            for (int round = 0; round <= ROUNDS; round++) {
                MilestoneId id = new MilestoneId(String.format(Locale.ROOT, "M%03d", 100 + round));
                String path = ".gsd/worktrees/" + id;
                long start = System.nanoTime();
                git(root, "worktree", "add", "-q", "-b", "milestone/" + id, path, "main");
                double gitMs = millis(start);
                git(root, "worktree", "remove", "--force", path);
                git(root, "branch", "-D", "-q", "milestone/" + id);
                sync();
                start = System.nanoTime();
                worktrees.create(root, id, "main");
                double ourMs = millis(start);
                worktrees.remove(root, id, true);
                worktrees.deleteBranch(root, id, "main");
                sync();
                if (round > 0) {
                    gitAdd.add(gitMs);
                    ourAdd.add(ourMs);
                }
            }

            List<Double> gitMerge = new ArrayList<>();
            List<Double> ourMerge = new ArrayList<>();
            double firstGitMerge = 0;
            double firstOurMerge = 0;
            for (int round = 0; round < MERGE_WARM_UP + ROUNDS; round++) {
                MilestoneId id = new MilestoneId(String.format(Locale.ROOT, "M%03d", 200 + round));
                String branch = "milestone/" + id;
                prepareMilestone(root, branch, round);
                String message = "feat: bench " + id + "\n\nGSD-Milestone: " + id + "\nBranch: " + branch + "\n";
                long start = System.nanoTime();
                git(root, "merge", "--squash", "-q", branch);
                git(root, "commit", "-q", "-m", message);
                double gitMs = millis(start);
                git(root, "reset", "-q", "--hard", "premerge-" + round);
                sync();
                start = System.nanoTime();
                branches.squashMerge(root, id, "main", message);
                double ourMs = millis(start);
                git(root, "reset", "-q", "--hard", "premerge-" + round);
                if (round == 0) {
                    firstGitMerge = gitMs;
                    firstOurMerge = ourMs;
                } else if (round >= MERGE_WARM_UP) {
                    gitMerge.add(gitMs);
                    ourMerge.add(ourMs);
                }
            }
            report(gitAdd, ourAdd, gitMerge, ourMerge);
            out.printf(Locale.ROOT, "%nFirst merge in this JVM (cold, one sample): ours %.1f ms, git %.1f ms (%.2fx)%n",
                    firstOurMerge, firstGitMerge, firstOurMerge / firstGitMerge);
        } finally {
            try (Stream<Path> paths = Files.walk(temp)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A branch that changes 20 files and a .gsd/ file, and a main that moved on meanwhile (a three-way merge). */
    private void prepareMilestone(Path root, String branch, int round) throws Exception {
        git(root, "checkout", "-q", "-b", branch);
        for (int i = 0; i < 20; i++) {
            int n = i * 97 % FILES;
            Path file = root.resolve(String.format(Locale.ROOT, "src/mod%02d/file%04d.txt", n % 20, n));
            Files.writeString(file, Files.readString(file) + "milestone change " + round + "\n");
        }
        Files.writeString(root.resolve(".gsd/STATE.md"), "milestone " + round + "\n");
        git(root, "commit", "-q", "-a", "-m", "milestone work");
        git(root, "checkout", "-q", "main");
        Files.writeString(root.resolve("MAIN-" + round + ".txt"), "main moved on\n");
        git(root, "add", "-A");
        git(root, "commit", "-q", "-m", "main moves on");
        // where main is before the merge, so both merges start from the same place
        git(root, "tag", "premerge-" + round);
    }

    private Path generate(Path root) throws Exception {
        Files.createDirectories(root);
        Random random = new Random(42);
        byte[] alphabet = "abcdefghijklmnopqrstuvwxyz     \n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < FILES; i++) {
            Path file = root.resolve(String.format(Locale.ROOT, "src/mod%02d/file%04d.txt", i % 20, i));
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[FILE_BYTES];
            for (int b = 0; b < bytes.length; b++) {
                bytes[b] = alphabet[random.nextInt(alphabet.length)];
            }
            bytes[bytes.length - 1] = '\n';
            Files.write(file, bytes);
        }
        Files.createDirectories(root.resolve(".gsd"));
        Files.writeString(root.resolve(".gsd/STATE.md"), "state\n");
        git(root, "init", "-q", "-b", "main");
        git(root, "add", "-A");
        git(root, "commit", "-q", "-m", "generated");
        git(root, "gc", "-q");
        return root.toRealPath();
    }

    private void report(List<Double> gitAdd, List<Double> ourAdd, List<Double> gitMerge, List<Double> ourMerge) {
        out.println("| what | median | min–max |");
        out.println("|---|---:|---:|");
        row("`git worktree add -b` (2,000 files / 20 MB)", gitAdd);
        row("`JGitWorktrees.create` (warm JVM)", ourAdd);
        out.printf(Locale.ROOT, "| ratio worktree (ours / git) | %.2f× | |%n", median(ourAdd) / median(gitAdd));
        row("`git merge --squash` + `git commit` (21 files changed, main moved on)", gitMerge);
        row("`JGitMilestoneBranches.squashMerge` (warm JVM)", ourMerge);
        out.printf(Locale.ROOT, "| ratio merge (ours / git) | %.2f× | |%n", median(ourMerge) / median(gitMerge));
    }

    private void row(String what, List<Double> values) {
        out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f–%.1f |%n", what, median(values),
                values.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void sync() throws Exception {
        new ProcessBuilder("sync").start().waitFor();
    }

    static String git(Path directory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Bench", "-c",
                "user.email=bench@example.com", "-c", "commit.gpgsign=false", "-c", "gc.auto=0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }
}
