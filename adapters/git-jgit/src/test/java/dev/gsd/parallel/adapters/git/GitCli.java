package dev.gsd.parallel.adapters.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real {@code git} command line, to build repositories and to check that git agrees with what JGit wrote. */
final class GitCli {

    private GitCli() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs git in {@code directory}; fails the test when it exits non-zero. */
    static String git(Path directory, String... args) {
        Result result = run(directory, args);
        assertEquals(0, result.exitCode(), "git " + String.join(" ", args) + " failed: " + result.output());
        return result.output();
    }

    record Result(int exitCode, String output) {
    }

    static Result run(Path directory, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=t@example.com",
                "-c", "init.defaultBranch=main", "-c", "core.autocrlf=false", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("git " + String.join(" ", args) + " hung");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A repository on {@code main} with {@code README.md}, {@code src/app.txt} and {@code .gsd/STATE.md}. */
    static Path project(Path directory) {
        try {
            Files.createDirectories(directory);
            git(directory, "init", "-q", "-b", "main");
            write(directory, "README.md", "# project\n");
            write(directory, "src/app.txt", "line 1\nline 2\nline 3\n");
            write(directory, ".gsd/STATE.md", "state 0\n");
            git(directory, "add", "-A");
            git(directory, "commit", "-q", "-m", "initial");
            return directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path directory, String file, String text) {
        try {
            Path path = directory.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void commit(Path directory, String file, String text, String message) {
        write(directory, file, text);
        git(directory, "add", "-A");
        git(directory, "commit", "-q", "-m", message);
    }

    static String tip(Path directory, String branch) {
        Result result = run(directory, "rev-parse", "--verify", "-q", "refs/heads/" + branch);
        return result.exitCode() == 0 ? result.output().strip() : "";
    }
}
