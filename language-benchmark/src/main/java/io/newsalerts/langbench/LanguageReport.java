package io.newsalerts.langbench;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.newsalerts.benchmark.LogChart;
import io.newsalerts.benchmark.TextTable;

/**
 * The tables (accuracy per language, accuracy per text length, cost), printed and written to {@code results.md}
 * and {@code results.csv}, and {@code accuracy.png}: wrong or missing detections per 1,000 texts against text
 * length, one line per candidate, with the 0.9 and 0.97 accuracy levels as references.
 */
final class LanguageReport {

    /** Below this accuracy a text is too short to detect its language. */
    static final double FLOOR = 0.9;
    /** The accuracy wanted on whole sentences. */
    static final double TARGET = 0.97;

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd)};
    private static final Color REFERENCE = new Color(0x7f7f7f);

    private final List<CandidateResult> results;
    private final Collection<String> languages;
    private final int[] lengths;
    private final int articleChars;

    LanguageReport(List<CandidateResult> results, Collection<String> languages, int[] lengths, int articleChars) {
        this.results = results;
        this.languages = languages;
        this.lengths = lengths;
        this.articleChars = articleChars;
    }

    void write(Path out) throws IOException {
        TextTable byLanguage = table("language", language -> results.stream()
                .map(r -> ratio(r.sentences().of(language))), languages);
        byLanguage.row(row("overall", results.stream().map(r -> ratio(r.sentences().overall()))));
        TextTable byLength = table("characters", length -> results.stream()
                .map(r -> ratio(r.byLength().get(length).overall())), IntStream.of(lengths).boxed().toList());
        TextTable timeByLength = table("characters", length -> results.stream()
                .map(r -> format("%.0f", r.byLength().get(length).microsPerText())),
                IntStream.of(lengths).boxed().toList());
        TextTable cost = new TextTable("candidate", "whole sentences", "minimum length (>= " + FLOOR + ")",
                "CPU µs per sentence", "CPU µs per " + articleChars + " chars",
                "µs per " + LanguageBenchmark.COLD_CHARS + " chars, cold caches", "heap MB", "load s");
        for (CandidateResult r : results) {
            cost.row(r.name(), ratio(r.sentences().overall()), String.valueOf(r.minimumLength(FLOOR)),
                    format("%.0f", r.sentences().microsPerText()), format("%.0f", r.microsPerArticle()),
                    format("%.0f", r.coldMicros()), format("%d", r.heapBytes() >> 20),
                    format("%.1f", r.loadSeconds()));
        }
        StringBuilder markdown = new StringBuilder();
        StringBuilder console = new StringBuilder();
        section(markdown, console, "Accuracy per language, whole sentences", byLanguage);
        section(markdown, console, "Accuracy by text length (prefixes of the sentences at least that long)",
                byLength);
        section(markdown, console, "CPU microseconds per detection by text length (one thread)", timeByLength);
        for (CandidateResult r : results) {
            section(markdown, console, r.name() + ": accuracy per language by text length",
                    perLanguageByLength(r));
        }
        section(markdown, console, "Summary: accuracy, shortest reliable text, cost (one thread)", cost);
        System.out.print(console);
        Files.writeString(out.resolve("results.md"), markdown.toString());
        List<String> csv = new ArrayList<>(byLanguage.csvLines());
        csv.addAll(byLength.csvLines());
        csv.addAll(timeByLength.csvLines());
        csv.addAll(cost.csvLines());
        Files.write(out.resolve("results.csv"), csv);
        plot(out.resolve("accuracy.png"));
        System.out.println("\nResults in " + out.toAbsolutePath() + " (results.md, results.csv, accuracy.png)");
    }

    private <K> TextTable table(String first, Function<K, Stream<String>> cells,
            Collection<K> keys) {
        TextTable table = new TextTable(header(first));
        keys.forEach(key -> table.row(row(String.valueOf(key), cells.apply(key))));
        return table;
    }

    private TextTable perLanguageByLength(CandidateResult r) {
        List<String> headers = new ArrayList<>(List.of("language"));
        IntStream.of(lengths).forEach(length -> headers.add(length + " ch"));
        headers.add("whole");
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (String language : languages) {
            List<String> cells = new ArrayList<>(List.of(language));
            IntStream.of(lengths).forEach(length -> cells.add(ratio(r.byLength().get(length).of(language))));
            cells.add(ratio(r.sentences().of(language)));
            table.row(cells.toArray(String[]::new));
        }
        return table;
    }

    private void plot(Path file) throws IOException {
        double[] xs = IntStream.of(lengths).asDoubleStream().toArray();
        List<Double> ys = new ArrayList<>(List.of(1000 * (1 - FLOOR), 1000 * (1 - TARGET)));
        results.forEach(r -> r.byLength().values().forEach(a -> ys.add(errorsPerThousand(a))));
        LogChart chart = new LogChart("Language detection: errors against text length",
                "characters of text (log scale)", "wrong or no answer per 1,000 texts (log scale)", xs,
                ys.stream().mapToDouble(Double::doubleValue).toArray())
                .reference("accuracy 0.9", REFERENCE, LogChart.DASHED, xs, constant(xs, 1000 * (1 - FLOOR)))
                .reference("accuracy 0.97", REFERENCE, LogChart.DASHED, xs, constant(xs, 1000 * (1 - TARGET)));
        int i = 0;
        for (CandidateResult r : results) {
            chart.series(r.name(), COLORS[i++ % COLORS.length], LogChart.SOLID, xs,
                    r.byLength().values().stream().mapToDouble(LanguageReport::errorsPerThousand).toArray());
        }
        chart.write(file);
    }

    private static double errorsPerThousand(Accuracy accuracy) {
        return 1000 * (1 - accuracy.overall());
    }

    private static double[] constant(double[] xs, double value) {
        return Arrays.stream(xs).map(x -> value).toArray();
    }

    private String[] header(String first) {
        List<String> headers = new ArrayList<>(List.of(first));
        results.forEach(r -> headers.add(r.name()));
        return headers.toArray(String[]::new);
    }

    private static String[] row(String first, Stream<String> cells) {
        List<String> row = new ArrayList<>(List.of(first));
        cells.forEach(row::add);
        return row.toArray(String[]::new);
    }

    private static void section(StringBuilder markdown, StringBuilder console, String title, TextTable table) {
        markdown.append("\n### ").append(title).append("\n\n").append(table.markdown());
        console.append("\n").append(title).append("\n").append(table.text());
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : format("%.3f", value);
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
