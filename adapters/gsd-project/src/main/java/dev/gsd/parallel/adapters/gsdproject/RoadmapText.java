package dev.gsd.parallel.adapters.gsdproject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slices of a {@code <MID>-ROADMAP.md}. GSD renders them as checkbox lines
 * ({@code - [x] **S01: Title** `risk:high`}); older renderers wrote a table ({@code | S01 | Title | … | ✅ |}) and
 * older hand-written roadmaps used {@code ## Slice S01: Title} headings. The first form found wins, in that order.
 */
final class RoadmapText {

    /** A slice as the roadmap lists it. */
    record Slice(String id, String title, boolean done) {
    }

    private static final Pattern CHECKBOX = Markdown.checkboxPrefix("S\\d+");

    private static final Pattern PROSE = Pattern.compile(" {0,3}#{2,4}\\s+Slice\\s+(S\\d+)\\b");

    private static final Pattern SLICE_ID = Pattern.compile("S\\d+");

    private static final Pattern DONE_WORD = Pattern.compile("(?i)\\b(done|complete|completed)\\b");

    private RoadmapText() {
    }

    static List<Slice> slices(String text) {
        List<String> lines = Markdown.lines(text);
        List<Slice> slices = checkboxes(lines);
        if (slices.isEmpty()) {
            slices = table(lines);
        }
        if (slices.isEmpty()) {
            slices = prose(lines);
        }
        return slices;
    }

    private static List<Slice> checkboxes(List<String> lines) {
        Map<String, Slice> slices = new LinkedHashMap<>();
        for (String line : lines) {
            Markdown.checkbox(line, CHECKBOX).ifPresent(
                    item -> slices.putIfAbsent(item.id(), new Slice(item.id(), item.title(), item.ticked())));
        }
        return new ArrayList<>(slices.values());
    }

    private static List<Slice> table(List<String> lines) {
        Map<String, Slice> slices = new LinkedHashMap<>();
        int idColumn = -1;
        int titleColumn = -1;
        for (String line : lines) {
            String stripped = line.strip();
            if (!stripped.startsWith("|")) {
                idColumn = -1;
                continue;
            }
            List<String> cells = cells(stripped);
            if (idColumn < 0) {
                idColumn = indexOf(cells, "id");
                titleColumn = indexOf(cells, "slice", "title", "name");
                continue;
            }
            if (idColumn >= cells.size() || !SLICE_ID.matcher(cells.get(idColumn)).matches()) {
                continue;
            }
            String id = cells.get(idColumn);
            String title = titleColumn >= 0 && titleColumn < cells.size() ? cells.get(titleColumn) : id;
            boolean done = false;
            for (int i = 0; i < cells.size(); i++) {
                if (i != idColumn && i != titleColumn && isDoneCell(cells.get(i))) {
                    done = true;
                }
            }
            slices.putIfAbsent(id, new Slice(id, titleOr(title, id), done));
        }
        return new ArrayList<>(slices.values());
    }

    private static List<Slice> prose(List<String> lines) {
        Map<String, Slice> slices = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher matcher = PROSE.matcher(line);
            if (matcher.lookingAt()) {
                String id = matcher.group(1);
                slices.putIfAbsent(id, new Slice(id, Markdown.titleAfterId(line.substring(matcher.end()), id), false));
            }
        }
        return new ArrayList<>(slices.values());
    }

    private static boolean isDoneCell(String cell) {
        return cell.contains("[x]") || cell.contains("[X]") || cell.contains("\u2705") || cell.contains("\u2611")
                || cell.contains("\u2713") || cell.contains("\u2714") || DONE_WORD.matcher(cell).find();
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static int indexOf(List<String> cells, String... names) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).toLowerCase(Locale.ROOT);
            for (String name : names) {
                if (cell.equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String titleOr(String title, String id) {
        return title == null || title.isBlank() ? id : title.strip();
    }
}
