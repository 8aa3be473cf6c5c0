package dev.gsd.parallel.bootstrap;

import dev.gsd.parallel.application.worker.GsdProgram;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a long-lived, mostly idle {@code gsd} process ({@code gsd worker}, and agents started as {@code {gsd} …}) is
 * run: a small serial-GC JVM with C1 only, measured in docs/benchmarks.md "Worker host" (ADR 0006). The coordinator
 * starts workers with {@link #program()} followed by {@code worker --milestone <MID> --attempt <n>}.
 */
public final class WorkerJvm {

    /** JVM flags for worker hosts: about half the resident memory of the defaults, and a faster start. */
    public static final List<String> FLAGS = List.of(
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss256k",
            "-Xms8m",
            "-Xmx64m",
            "-XX:MaxMetaspaceSize=64m",
            "-XX:ReservedCodeCacheSize=16m",
            "-XX:CICompilerCount=1",
            "-Xshare:auto");

    private WorkerJvm() {
    }

    /** The words that run this program again with {@link #FLAGS}: {@code java <flags> -jar <this jar>}. */
    public static GsdProgram program() {
        List<String> words = new ArrayList<>();
        words.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        words.addAll(FLAGS);
        Path location = codeLocation();
        if (Files.isRegularFile(location)) {
            words.add("-jar");
            words.add(location.toString());
        } else {
            // Run from classes (tests in the IDE or Surefire): the same class path and main class.
            words.add("-cp");
            words.add(System.getProperty("java.class.path"));
            words.add(Main.class.getName());
        }
        return new GsdProgram(words);
    }

    private static Path codeLocation() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("");
        }
    }
}
