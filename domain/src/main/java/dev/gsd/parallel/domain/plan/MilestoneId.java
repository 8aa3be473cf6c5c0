package dev.gsd.parallel.domain.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A milestone id: {@code M} and exactly three digits, optionally {@code -} and six of {@code [a-z0-9]}
 * ({@code M001}, {@code M002-ab12cd}). Anything else is never used in a path or a branch name. Ids order by their
 * number, then by the whole id, so two unique ids with the same number still have a fixed order.
 */
public record MilestoneId(String value) implements Comparable<MilestoneId> {

    private static final Pattern VALID = Pattern.compile("M(\\d{3})(-[a-z0-9]{6})?");

    private static final Pattern DIRECTORY = Pattern.compile("(M\\d{3})(?:-(.+))?");

    public MilestoneId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a milestone id (M001 or M001-abc123)");
        }
    }

    /** The id, if {@code text} is exactly a valid one. */
    public static Optional<MilestoneId> parse(String text) {
        return text != null && VALID.matcher(text).matches() ? Optional.of(new MilestoneId(text)) : Optional.empty();
    }

    /**
     * The id a milestone directory stands for: {@code M001}, {@code M001-abc123}, either followed by a legacy
     * descriptor ({@code M001-SOME-NAME}, {@code M001-abc123-notes}). Six letters or digits right after the number
     * are a unique suffix and must be lower case, so {@code M001-ABCDEF} stands for nothing, nor do {@code M1},
     * {@code M0001} or {@code m001}.
     */
    public static Optional<MilestoneId> ofDirectoryName(String name) {
        Matcher matcher = DIRECTORY.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String number = matcher.group(1);
        String rest = matcher.group(2);
        if (rest == null) {
            return parse(number);
        }
        if (rest.matches("[a-z0-9]{6}(-[A-Za-z0-9_-]+)?")) {
            return parse(number + "-" + rest.substring(0, 6));
        }
        if (rest.matches("[A-Za-z0-9]{6}") || !rest.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return parse(number);
    }

    /** The three-digit number. */
    public int number() {
        return Integer.parseInt(value.substring(1, 4));
    }

    @Override
    public int compareTo(MilestoneId other) {
        int byNumber = Integer.compare(number(), other.number());
        return byNumber != 0 ? byNumber : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
