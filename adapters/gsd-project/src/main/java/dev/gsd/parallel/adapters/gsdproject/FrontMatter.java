package dev.gsd.parallel.adapters.gsdproject;

import dev.gsd.parallel.application.BadInput;
import java.util.Map;
import java.util.Optional;

/**
 * A markdown file split into its YAML front matter and its body, by GSD's shape rules: the file may start with
 * whitespace, then its first line is {@code ---}; the front matter ends at the next line that is {@code ---}. A file
 * that opens front matter and never closes it is refused rather than guessed at.
 *
 * @param yaml      the text between the two {@code ---} lines, if the file has front matter
 * @param firstLine the line number (from 1) of the first line of {@code yaml} in the file
 * @param body      everything after the closing {@code ---}, or the whole file when there is no front matter
 */
record FrontMatter(Optional<String> yaml, int firstLine, String body) {

    static final int MAX_CHARS = 256 * 1024;

    private static final String FENCE = "---";

    static FrontMatter split(String text, String name) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int openEnd = lineEnd(text, start);
        if (!text.substring(start, openEnd).stripTrailing().equals(FENCE)) {
            return new FrontMatter(Optional.empty(), 0, text);
        }
        int openLine = lineNumber(text, start);
        int lineStart = openEnd + 1;
        while (lineStart <= text.length()) {
            int end = lineEnd(text, lineStart);
            if (text.substring(lineStart, end).stripTrailing().equals(FENCE)) {
                String yaml = text.substring(Math.min(openEnd + 1, lineStart), lineStart);
                if (yaml.length() > MAX_CHARS) {
                    throw new BadInput(name + ": the front matter is longer than 256 KB; it should hold a few"
                            + " settings only");
                }
                String body = end < text.length() ? text.substring(end + 1) : "";
                return new FrontMatter(Optional.of(yaml), openLine + 1, body);
            }
            lineStart = end + 1;
        }
        throw new BadInput(name + ": the front matter opened by --- on line " + openLine
                + " is never closed; add a line containing only --- after the last setting");
    }

    /** The front matter as key-value pairs; empty when there is none. */
    Map<String, Object> mapping(String name) {
        return yaml.isPresent() ? Yaml.mapping(yaml.get(), name, firstLine) : Map.of();
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static int lineNumber(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
