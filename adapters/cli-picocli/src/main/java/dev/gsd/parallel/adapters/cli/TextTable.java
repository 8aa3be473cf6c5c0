package dev.gsd.parallel.adapters.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row and columns as wide as their widest cell. */
final class TextTable {

    private final List<List<String>> rows = new ArrayList<>();

    TextTable(final String... header) {
        rows.add(List.of(header));
    }

    TextTable row(final String... cells) {
        if (cells.length != rows.get(0).size()) {
            throw new IllegalArgumentException("expected " + rows.get(0).size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    String render() {
        final int columns = rows.get(0).size();
        final int[] widths = new int[columns];
        for (final List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        final StringBuilder text = new StringBuilder();
        for (final List<String> row : rows) {
            final StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(c == columns - 1 ? row.get(c) : pad(row.get(c), widths[c] + 2));
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String pad(final String cell, final int width) {
        return cell + " ".repeat(width - cell.length());
    }
}
