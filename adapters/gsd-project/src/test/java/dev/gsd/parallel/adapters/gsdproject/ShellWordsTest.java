package dev.gsd.parallel.adapters.gsdproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellWordsTest {

    @Test
    void blanks_separate_words() {
        assertEquals(List.of("gsd", "headless", "--json", "auto"), ShellWords.split("  gsd headless\t--json  auto "));
        assertEquals(List.of(), ShellWords.split("   "));
    }

    @Test
    void quotes_group_and_are_removed() {
        assertEquals(List.of("sh", "-c", "echo $HOME | wc"), ShellWords.split("sh -c 'echo $HOME | wc'"));
        assertEquals(List.of("say", "a \"b\" \\ $x"), ShellWords.split("say \"a \\\"b\\\" \\\\ \\$x\""));
        assertEquals(List.of("ab'c", ""), ShellWords.split("a\"b'\"c ''"));
        assertEquals(List.of("don't"), ShellWords.split("don\\'t"));
    }

    @Test
    void backslash_newline_continues_the_line() {
        assertEquals(List.of("gsd", "sim-agent"), ShellWords.split("gsd \\\nsim-agent"));
    }

    @Test
    void placeholders_and_globs_are_plain_text() {
        assertEquals(List.of("{gsd}", "sim-agent", "--fail-at", "S01/T02", "*.txt", "~/x"),
                ShellWords.split("{gsd} sim-agent --fail-at S01/T02 *.txt ~/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsd 'auto", "gsd \"auto", "gsd auto\\", "gsd \"it's"})
    void unbalanced_quotes_and_a_trailing_backslash_are_errors(String line) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> ShellWords.split(line));

        assertTrue(thrown.getMessage().contains("never closed") || thrown.getMessage().contains("backslash"),
                thrown.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsd auto | tee log", "a && b", "a; b", "a > out", "a $MODEL", "a \"$MODEL\"",
        "a `date`", "a # comment", "(a)"})
    void what_only_a_shell_could_do_is_refused(String line) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> ShellWords.split(line));

        assertTrue(thrown.getMessage().contains("no shell runs this command"), thrown.getMessage());
    }

    @Test
    void the_entry_class_exposes_the_splitter() {
        assertEquals(List.of("gsd", "x y"), GsdProjectFiles.commandWords("gsd 'x y'"));
    }
}
