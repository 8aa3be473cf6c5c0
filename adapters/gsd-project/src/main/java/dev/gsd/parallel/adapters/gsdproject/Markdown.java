package dev.gsd.parallel.adapters.gsdproject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What GSD's markdown readers share: the lines worth parsing, H1 titles, checkbox items. Every pattern here is
 * anchored at the start of a line and followed by plain string handling, so no input makes matching slower than
 * linear: these files are written by agents and by hand, and a pathological one must not hang a command.
 */
final class Markdown {

    /**
     * Lines longer than this are never parsed: no planning line is that long, and it keeps every pattern linear on a
     * file that is one multi-megabyte line.
     */
    static final int MAX_LINE = 10_000;

    private static final Pattern H1 = Pattern.compile(" {0,3}# +");

    private static final Pattern ID_PREFIX = Pattern.compile("M\\d{3}(?:-[a-z0-9]{6})?");

    private static final String[] SEPARATORS = {":", "\u2014", "\u2013", "--", "-"};

    private Markdown() {
    }

    /** The lines of {@code text} outside fenced code blocks, minus any too long to be planning lines. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        boolean fenced = false;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (line.length() > MAX_LINE) {
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The text of the first H1 ({@code # Title}) outside code blocks. */
    static Optional<String> h1(String text) {
        for (String line : lines(text)) {
            Matcher matcher = H1.matcher(line);
            if (matcher.lookingAt()) {
                String heading = withoutClosingHashes(line.substring(matcher.end()));
                if (!heading.isEmpty()) {
                    return Optional.of(heading);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code Title ##} is {@code Title}, but {@code C#} stays {@code C#}: closing hashes follow a blank. */
    private static String withoutClosingHashes(String heading) {
        String text = heading.strip();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        return end == 0 ? "" : Character.isWhitespace(text.charAt(end - 1)) ? text.substring(0, end).strip() : text;
    }

    /**
     * A checkbox item {@code - [x] **<ID>: Title** …} starting as {@code prefix} (see {@link #checkboxPrefix}) says:
     * the id, the title and whether it is ticked; empty for any other line. The title runs to the next {@code **},
     * found with {@code indexOf}, since a pattern doing that backtracks quadratically when the {@code **} never comes.
     */
    static Optional<Checkbox> checkbox(String line, Pattern prefix) {
        Matcher matcher = prefix.matcher(line);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        int close = line.indexOf("**", matcher.end());
        if (close < 0) {
            return Optional.empty();
        }
        String id = matcher.group(2);
        String title = line.substring(matcher.end(), close).strip();
        return Optional.of(new Checkbox(id, title.isEmpty() ? id : title, !matcher.group(1).isBlank()));
    }

    /** A checkbox item of a roadmap or plan. */
    record Checkbox(String id, String title, boolean ticked) {
    }

    /** The start of a checkbox item for ids matching {@code idPattern}, up to the colon after the id. */
    static Pattern checkboxPrefix(String idPattern) {
        return Pattern.compile("\\s*[-*+]\\s+\\[([ xX])\\]\\s+\\*\\*(" + idPattern + ")\\s*:");
    }

    /**
     * A milestone title from an H1: without its {@code M001: } or {@code M001 — } prefix; empty when nothing is
     * left.
     */
    static Optional<String> milestoneTitle(String heading) {
        Matcher matcher = ID_PREFIX.matcher(heading);
        if (!matcher.lookingAt()) {
            return Optional.of(heading);
        }
        String rest = heading.substring(matcher.end()).strip();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> title = afterSeparator(rest);
        return title.isPresent() ? title.filter(text -> !text.isEmpty()) : Optional.of(heading);
    }

    /** What follows a leading {@code :}, {@code —}, {@code –}, {@code --} or {@code -}, stripped; else empty. */
    static Optional<String> afterSeparator(String text) {
        String stripped = text.strip();
        for (String separator : SEPARATORS) {
            if (stripped.startsWith(separator)) {
                return Optional.of(stripped.substring(separator.length()).strip());
            }
        }
        return Optional.empty();
    }

    /** A heading's title after its id: the text after an optional separator. */
    static String titleAfterId(String rest, String id) {
        String stripped = rest.strip();
        String title = afterSeparator(stripped).orElse(stripped);
        return title.isEmpty() ? id : title;
    }
}
