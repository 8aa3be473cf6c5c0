package dev.gsd.parallel.adapters.gsdproject;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.BadInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.function.Executable;

/** A project on disk for one test: a root with a {@code .gsd/} directory and whatever files the test writes. */
final class TestProject {

    private final Path root;

    TestProject(Path root) {
        this.root = root;
        mkdir(".gsd");
    }

    Path root() {
        return root;
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    TestProject write(String relative, String text) {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    TestProject writeBytes(String relative, byte[] bytes) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    TestProject mkdir(String relative) {
        try {
            Files.createDirectories(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    TestProject symlink(String relative, Path target) {
        Path link = root.resolve(relative);
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A milestone's CONTEXT with the given front matter lines (none when empty) and an H1. */
    TestProject context(String id, String frontMatter, String title) {
        String head = frontMatter.isEmpty() ? "" : "---\n" + frontMatter + "\n---\n\n";
        return write(".gsd/milestones/" + id + "/" + id + "-CONTEXT.md", head + "# " + id + ": " + title + "\n");
    }

    /** The BadInput that {@code action} throws, checked to be the one line a user will see. */
    static BadInput badInput(Executable action) {
        BadInput thrown = assertThrows(BadInput.class, action);
        assertFalse(thrown.getMessage().contains("\n"), () -> "more than one line: " + thrown.getMessage());
        assertFalse(thrown.getMessage().contains("Exception"), () -> "names an exception: " + thrown.getMessage());
        return thrown;
    }

    static void assertMentions(BadInput thrown, String... parts) {
        for (String part : parts) {
            assertTrue(thrown.getMessage().contains(part),
                    () -> "expected '" + part + "' in: " + thrown.getMessage());
        }
    }
}
