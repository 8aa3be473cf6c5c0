package dev.gsd.parallel.adapters.gsdproject;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a POSIX shell would — blanks separate words, single quotes keep
 * everything literally, double quotes keep everything but {@code \"}, {@code \\} and {@code \$}-style escapes, a
 * backslash outside quotes escapes the next character — without running a shell. Anything that only a shell could
 * honour (pipes, redirections, {@code ;}, {@code &}, variables, command substitution, comments) is refused rather
 * than passed on as a literal argument the user did not mean.
 */
final class ShellWords {

    private static final String NEEDS_A_SHELL = "|&;<>()$`";

    private ShellWords() {
    }

    /** @throws IllegalArgumentException saying what is wrong, in words fit for a message */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                int close = line.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("a single quote is never closed");
                }
                word.append(line, i + 1, close);
                inWord = true;
                i = close + 1;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw new IllegalArgumentException("it ends with a lone backslash");
                }
                if (line.charAt(i + 1) != '\n') {
                    word.append(line.charAt(i + 1));
                    inWord = true;
                }
                i += 2;
            } else if (NEEDS_A_SHELL.indexOf(c) >= 0 || c == '#' && !inWord) {
                throw needsAShell(c);
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return List.copyOf(words);
    }

    /** Appends the inside of a double-quoted string starting at {@code from}; returns the index after it. */
    private static int doubleQuoted(String line, int from, StringBuilder word) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
                if (line.charAt(i + 1) != '\n') {
                    word.append(line.charAt(i + 1));
                }
                i += 2;
            } else if (c == '$' || c == '`') {
                throw needsAShell(c);
            } else {
                word.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("a double quote is never closed");
    }

    private static IllegalArgumentException needsAShell(char c) {
        return new IllegalArgumentException("'" + c + "' means something only to a shell, and no shell runs this"
                + " command; quote it, or run a shell explicitly: sh -c '...'");
    }
}
