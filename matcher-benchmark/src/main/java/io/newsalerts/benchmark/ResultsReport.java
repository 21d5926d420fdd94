package io.newsalerts.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return tableOf(results).text();
    }

    static void writeCsv(List<Result> results, Path file) throws IOException {
        Files.write(file, tableOf(results).csvLines(), StandardCharsets.UTF_8);
    }

    static void writeMarkdown(List<Result> results, List<String> notes, Path file) throws IOException {
        StringBuilder markdown = new StringBuilder("# IndexedMatcher vs Lucene Monitor\n\n");
        markdown.append(tableOf(results).markdown()).append('\n');
        for (String note : notes) {
            markdown.append("- ").append(note).append('\n');
        }
        Files.writeString(file, markdown.toString(), StandardCharsets.UTF_8);
    }

    private static TextTable tableOf(List<Result> results) {
        TextTable table = new TextTable(HEADERS);
        for (Result result : results) {
            boolean monitor = result.monitorRan();
            table.row(
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
                    monitor ? String.valueOf(result.disagreements()) : "-");
        }
        return table;
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
