package dev.gsd.parallel.simagent;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkbox lines the agent ticks ({@code - [ ] **S01: Title**} in a roadmap, {@code - [ ] **T01: Title**} in a
 * plan). Reading plans is the project reader's job; this only finds the one line of an id, the way that reader does
 * (outside fenced code, first occurrence wins), and flips its box, leaving every other byte of the file as it was.
 */
final class Checkboxes {

    private Checkboxes() {
    }

    /** {@code text} with the box of {@code id} ticked (unchanged if it already is); empty if it has no such line. */
    static Optional<String> tick(final String text, final String id) {
        final int box = box(text, id);
        if (box < 0) {
            return Optional.empty();
        }
        if (text.charAt(box) != ' ') {
            return Optional.of(text);
        }
        return Optional.of(text.substring(0, box) + 'x' + text.substring(box + 1));
    }

    /** Whether {@code text} has a ticked checkbox line for {@code id}. */
    static boolean isTicked(final String text, final String id) {
        final int box = box(text, id);
        return box >= 0 && text.charAt(box) != ' ';
    }

    /** The offset of the character inside the brackets of {@code id}'s checkbox line, or -1. */
    private static int box(final String text, final String id) {
        final Pattern line = Pattern.compile("\\s*[-*+]\\s+\\[([ xX])\\]\\s+\\*\\*" + Pattern.quote(id) + "\\s*:");
        boolean fenced = false;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            final String current = text.substring(start, end);
            final String stripped = current.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced) {
                final Matcher matcher = line.matcher(current);
                if (matcher.lookingAt() && current.indexOf("**", matcher.end()) >= 0) {
                    return start + matcher.start(1);
                }
            }
            start = end + 1;
        }
        return -1;
    }
}
