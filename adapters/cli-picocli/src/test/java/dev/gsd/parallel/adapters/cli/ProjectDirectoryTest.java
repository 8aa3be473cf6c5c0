package dev.gsd.parallel.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gsd.parallel.application.BadInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDirectoryTest {

    @TempDir
    Path workingDirectory;

    @Test
    void without_the_option_it_is_the_working_directory() {
        assertEquals(workingDirectory, ProjectDirectory.resolve(Optional.empty(), workingDirectory));
    }

    @Test
    void a_relative_option_is_made_absolute_and_normalised() throws IOException {
        final Path target = Files.createDirectories(workingDirectory.resolve("b"));
        Files.createDirectories(workingDirectory.resolve("a"));

        assertEquals(target, ProjectDirectory.resolve(Optional.of("a/../b/."), workingDirectory));
    }

    @Test
    void an_absolute_option_ignores_the_working_directory() throws IOException {
        final Path elsewhere = Files.createDirectories(workingDirectory.resolve("elsewhere"));

        assertEquals(elsewhere, ProjectDirectory.resolve(Optional.of(elsewhere.toString()), Path.of("/")));
    }

    @Test
    void a_missing_directory_is_bad_input_naming_it_as_given() {
        final BadInput failure = assertThrows(BadInput.class,
                () -> ProjectDirectory.resolve(Optional.of("missing"), workingDirectory));

        assertEquals("no such directory: missing", failure.getMessage());
    }
}
