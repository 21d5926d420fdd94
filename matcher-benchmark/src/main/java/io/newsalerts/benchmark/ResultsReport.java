package io.newsalerts.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results as a console table, a CSV file and a Markdown file. */
final class ResultsReport {

    private static final String[] HEADERS = {"subscriptions", "unique queries", "build s", "put us", "update us",
        "heap B/sub", "IndexedMatcher docs/s", "Monitor docs/s", "ratio", "floor docs/s", "Indexed docs/cpu-s",
        "Monitor docs/cpu-s", "cpu ratio", "floor docs/cpu-s", "candidates/doc", "matches/doc", "Monitor build s",
        "Monitor heap B/sub", "docs compared", "disagreements"};

    private ResultsReport() {
    }

    static String table(List<Result> results) {
        List<String[]> rows = rows(results);
        int[] widths = new int[HEADERS.length];
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

    static void writeCsv(List<Result> results, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String[] row : rows(results)) {
            lines.add(String.join(",", row));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static void writeMarkdown(List<Result> results, List<String> notes, Path file) throws IOException {
        List<String[]> rows = rows(results);
        StringBuilder markdown = new StringBuilder("# IndexedMatcher vs Lucene Monitor\n\n");
        for (int r = 0; r < rows.size(); r++) {
            markdown.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
            if (r == 0) {
                markdown.append("|").append(" ---: |".repeat(HEADERS.length)).append('\n');
            }
        }
        markdown.append('\n');
        for (String note : notes) {
            markdown.append("- ").append(note).append('\n');
        }
        Files.writeString(file, markdown.toString(), StandardCharsets.UTF_8);
    }

    private static List<String[]> rows(List<Result> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (Result result : results) {
            boolean monitor = result.monitorRan();
            rows.add(new String[] {
                String.valueOf(result.subscriptions()),
                String.valueOf(result.uniqueQueries()),
                format("%.1f", result.buildSeconds()),
                format("%.1f", result.putMicros()),
                format("%.1f", result.updateMicros()),
                String.valueOf(result.heapBytesPerSubscription()),
                format("%.0f", result.docsPerSecond()),
                monitor ? format("%.1f", result.monitorDocsPerSecond()) : "skipped",
                monitor ? format("%.0fx", result.ratio()) : "-",
                format("%.0f", result.floorDocsPerSecond()),
                format("%.0f", result.docsPerCpuSecond()),
                monitor ? format("%.1f", result.monitorDocsPerCpuSecond()) : "skipped",
                monitor ? format("%.0fx", result.cpuRatio()) : "-",
                format("%.0f", result.floorDocsPerCpuSecond()),
                format("%.0f", result.candidatesPerDoc()),
                format("%.1f", result.matchesPerDoc()),
                monitor ? format("%.1f", result.monitorBuildSeconds()) : "-",
                monitor ? String.valueOf(result.monitorHeapBytesPerSubscription()) : "-",
                monitor ? String.valueOf(result.monitorDocs()) : "-",
                monitor ? String.valueOf(result.disagreements()) : "-"});
        }
        return rows;
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }

    private static String pad(String text, int width, boolean left) {
        String padding = " ".repeat(width - text.length());
        return left ? text + padding : padding + text;
    }
}
