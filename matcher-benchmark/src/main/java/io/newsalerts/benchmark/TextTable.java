package io.newsalerts.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells under a header row, written for the console (columns aligned, the first to the left, the
 * others to the right), as Markdown (numbers right-aligned) or as CSV lines.
 */
public final class TextTable {

    private final List<String[]> rows = new ArrayList<>();

    public TextTable(String... headers) {
        rows.add(headers.clone());
    }

    /** Adds a row; it has as many cells as there are headers. */
    public TextTable row(String... cells) {
        if (cells.length != rows.get(0).length) {
            throw new IllegalArgumentException(cells.length + " cells for " + rows.get(0).length + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    /** The rows as aligned columns, a line of dashes under the headers. */
    public String text() {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                table.append(i == 0 ? "" : "  ").append(pad(row[i], widths[i], i == 0 && r == 0));
            }
            table.append('\n');
            if (r == 0) {
                for (int i = 0; i < widths.length; i++) {
                    table.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
                }
                table.append('\n');
            }
        }
        return table.toString();
    }

    /** The rows as a Markdown table. */
    public String markdown() {
        StringBuilder markdown = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            markdown.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
            if (r == 0) {
                markdown.append("|").append(" ---: |".repeat(rows.get(0).length)).append('\n');
            }
        }
        return markdown.toString();
    }

    /** The rows as CSV lines, headers first (cells are written as they are: they hold no commas). */
    public List<String> csvLines() {
        return rows.stream().map(row -> String.join(",", row)).toList();
    }

    private static String pad(String text, int width, boolean left) {
        String padding = " ".repeat(width - text.length());
        return left ? text + padding : padding + text;
    }
}
