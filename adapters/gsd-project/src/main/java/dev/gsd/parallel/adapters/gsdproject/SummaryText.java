package dev.gsd.parallel.adapters.gsdproject;

import dev.gsd.parallel.domain.plan.Summary;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GSD's classifier for a {@code <MID>-SUMMARY.md}. The front matter {@code status} decides when it is a known word;
 * otherwise a body that reports a blocker or a failed verification means the milestone is not complete; any other
 * summary counts as complete, as GSD's markdown derivation treats it.
 *
 * <p>Only the {@code status:} line of the front matter is read, not the whole YAML: summaries are written by agents,
 * and a stray colon in {@code key_decisions} must not make a finished milestone unreadable.
 */
final class SummaryText {

    private static final Set<String> TERMINAL = Set.of("complete", "done", "skipped", "closed");

    private static final Set<String> NOT_TERMINAL =
            Set.of("active", "pending", "blocked", "failed", "failure", "incomplete", "not complete");

    private static final Pattern STATUS = Pattern.compile("status\\s*:");

    private static final Pattern BLOCKER = Pattern.compile("(?i)\\s{0,3}#+\\s*BLOCKER\\b");

    private static final String[] FAILURE_PHRASES = {
        "auto-mode recovery failed", "verification failed", "status: not complete",
    };

    private SummaryText() {
    }

    static Summary classify(FrontMatter frontMatter) {
        Optional<String> status = frontMatter.yaml().flatMap(SummaryText::status);
        if (status.isPresent() && TERMINAL.contains(status.get())) {
            return Summary.TERMINAL;
        }
        if (status.isPresent() && NOT_TERMINAL.contains(status.get())) {
            return Summary.NOT_TERMINAL;
        }
        for (String line : Markdown.lines(frontMatter.body())) {
            if (BLOCKER.matcher(line).lookingAt()) {
                return Summary.NOT_TERMINAL;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            for (String phrase : FAILURE_PHRASES) {
                if (lower.contains(phrase)) {
                    return Summary.NOT_TERMINAL;
                }
            }
        }
        return Summary.TERMINAL;
    }

    /** The value of the top-level {@code status:} line, without quotes or a trailing comment. */
    private static Optional<String> status(String yaml) {
        for (String line : (Iterable<String>) yaml.lines()::iterator) {
            Matcher matcher = STATUS.matcher(line);
            if (line.length() <= Markdown.MAX_LINE && matcher.lookingAt()) {
                String value = line.substring(matcher.end());
                int comment = value.indexOf(" #");
                value = (comment >= 0 ? value.substring(0, comment) : value).strip();
                if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                        && value.charAt(value.length() - 1) == value.charAt(0)) {
                    value = value.substring(1, value.length() - 1).strip();
                }
                return Optional.of(value.toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
