package dev.gsd.parallel.adapters.gsdproject;

import static dev.gsd.parallel.adapters.gsdproject.TestProject.assertMentions;
import static dev.gsd.parallel.adapters.gsdproject.TestProject.badInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path directory;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(directory.resolve("M001-ROADMAP.md"), bytes);
    }

    @Test
    void utf8_text_is_read_without_a_byte_order_mark() throws IOException {
        Path file = file(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', (byte) 0xC3, (byte) 0xA9});

        assertEquals("hé", TextFiles.read(file, "x.md"));
    }

    @Test
    void a_nul_byte_means_binary() throws IOException {
        Path file = file(new byte[] {'#', ' ', 'M', 0, 1, 2});

        assertMentions(badInput(() -> TextFiles.read(file, "x.md")), "x.md cannot be read: not UTF-8 text", "offset 3");
    }

    @Test
    void invalid_utf8_is_refused() throws IOException {
        Path file = file(new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'});

        assertMentions(badInput(() -> TextFiles.read(file, "x.md")), "not UTF-8 text", "offset 2");
    }

    @Test
    void a_file_larger_than_eight_megabytes_is_refused() throws IOException {
        byte[] bytes = new byte[TextFiles.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) 'a');
        Path file = file(bytes);

        assertMentions(badInput(() -> TextFiles.read(file, "x.md")), "x.md cannot be read", "larger than 8 MB");
    }

    @Test
    void a_missing_file_says_so_in_one_line() {
        assertMentions(badInput(() -> TextFiles.read(directory.resolve("gone.md"), "gone.md")), "gone.md",
                "does not exist");
    }
}
