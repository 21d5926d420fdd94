package io.newsalerts.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsalerts.benchmark.TextTable;

/**
 * The results as three tables (throughput and exactness; CPU seconds per process; the services' per-stage
 * figures), printed and written to {@code results.md}, all columns in {@code results.csv}, the plot in
 * {@code pipeline.png}; and the one-line summary of a phase.
 */
final class PipelineReport {

    /** Columns that go together: a table of their own, and a part of the CSV. */
    private record Group(String title, List<String> headers, Function<PhaseResult, List<String>> cells) {
    }

    private static final Group DELIVERY = new Group("Throughput, latency and exactness", List.of("offered/s",
            "articles", "accepted", "ingest art/s", "e2e art/s", "alerts/s", "expected", "received", "missing",
            "extra", "dup", "stray", "p50 ms", "p95 ms", "p99 ms", "max ms", "exact"), PipelineReport::delivery);
    private static final Group CPU = new Group("CPU seconds per process", List.of("cpu ingest s", "cpu alert s",
            "cpu broker s", "cpu postgres s", "cpu bench s"), r -> cpu(r.cpuSeconds()));
    private static final Group STAGES = new Group("Per-stage figures (the services' metrics)", List.of(
            "ingest batch", "ingest ack ms", "alert batch", "match ms/batch", "record ms/batch", "recorded",
            "relay lag ms", "published", "event age ms"), r -> stages(r.stages()));
    private static final Group OTHER = new Group("", List.of("refused", "note"),
            r -> List.of(r.refusals().replace(',', ';'), r.note().replace(',', ';')));

    private PipelineReport() {
    }

    /** Prints the tables and writes {@code results.md}, {@code results.csv} and {@code pipeline.png} to {@code out}. */
    static void write(List<PhaseResult> results, List<String> notes, MachineFacts machine, Path out)
            throws IOException {
        List<String> allNotes = new ArrayList<>();
        allNotes.add(machine.describe() + "; load average " + MachineFacts.loadAverage() + " at the end");
        allNotes.addAll(notes);
        StringBuilder markdown = new StringBuilder("# Pipeline benchmark\n\n");
        StringBuilder console = new StringBuilder("\n");
        for (Group group : List.of(DELIVERY, CPU, STAGES)) {
            TextTable table = table(results, group);
            markdown.append("## ").append(group.title()).append("\n\n").append(table.markdown()).append('\n');
            console.append(group.title()).append('\n').append(table.text()).append('\n');
        }
        allNotes.forEach(note -> markdown.append("- ").append(note).append('\n'));
        allNotes.forEach(note -> console.append("  ").append(note).append('\n'));
        System.out.print(console);
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.md"), markdown.toString(), StandardCharsets.UTF_8);
        Files.write(out.resolve("results.csv"), table(results, DELIVERY, CPU, STAGES, OTHER).csvLines(),
                StandardCharsets.UTF_8);
        PipelinePlot.write(results, out.resolve("pipeline.png"));
        Log.line("wrote %s/{results.md,results.csv,pipeline.png}", out.toAbsolutePath());
    }

    /** One line for the end of a phase. */
    static String summary(PhaseResult r) {
        Delivery d = r.delivery();
        return String.format(Locale.ROOT, "%,d/%,d accepted%s in %s s (%s art/s); end to end %s s (%s art/s, %s"
                + " alerts/s); alerts expected %,d, received %,d, missing %,d, extra %,d, duplicates %,d, stray %,d;"
                + " latency p50 %s ms, p99 %s ms; %s", r.accepted(), r.articles(),
                r.refusals().isEmpty() ? "" : " (refused " + r.refusals() + ")", decimal(r.ingestSeconds()),
                number(r.ingestRate()), decimal(r.endToEndSeconds()), number(r.endToEndRate()),
                number(r.alertsRate()), d.expected(), d.received(), d.missing(), d.extra(), d.duplicates(),
                d.strays(), number(d.latencyMillis(0.5)), number(d.latencyMillis(0.99)),
                r.exact() ? "EXACT" : "NOT EXACT") + (r.note().isEmpty() ? "" : " (" + r.note() + ")");
    }

    private static TextTable table(List<PhaseResult> results, Group... groups) {
        List<String> headers = new ArrayList<>(List.of("subscriptions", "phase"));
        for (Group group : groups) {
            headers.addAll(group.headers());
        }
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (PhaseResult r : results) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(r.subscriptions()), r.phase()));
            for (Group group : groups) {
                cells.addAll(group.cells().apply(r));
            }
            table.row(cells.toArray(String[]::new));
        }
        return table;
    }

    private static List<String> delivery(PhaseResult r) {
        Delivery d = r.delivery();
        return List.of(number(r.offeredRate()), Integer.toString(r.articles()), Integer.toString(r.accepted()),
                number(r.ingestRate()), number(r.endToEndRate()), number(r.alertsRate()), Long.toString(d.expected()),
                Long.toString(d.received()), Long.toString(d.missing()), Long.toString(d.extra()),
                Long.toString(d.duplicates()), Long.toString(d.strays()), number(d.latencyMillis(0.5)),
                number(d.latencyMillis(0.95)), number(d.latencyMillis(0.99)), number(d.latencyMillis(1)),
                r.exact() ? "yes" : "NO");
    }

    private static List<String> cpu(Map<String, Double> seconds) {
        String alerts = seconds.entrySet().stream().filter(e -> e.getKey().startsWith("alert-"))
                .map(e -> decimal(e.getValue())).collect(Collectors.joining("+"));
        return List.of(decimal(seconds.getOrDefault("ingest", Double.NaN)), alerts,
                decimal(seconds.getOrDefault("broker", Double.NaN)),
                decimal(seconds.getOrDefault(CpuMeter.POSTGRES, Double.NaN)),
                decimal(seconds.getOrDefault(CpuMeter.BENCHMARK, Double.NaN)));
    }

    private static List<String> stages(StageFigures s) {
        return List.of(decimal(s.ingestBatch()), decimal(s.ingestAckMs()), decimal(s.alertBatch()),
                decimal(s.matchMs()), decimal(s.recordMs()), number(s.recorded()), decimal(s.relayLagMs()),
                number(s.published()), number(s.eventAgeMs()));
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.0f", value) : "-";
    }

    private static String decimal(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "-";
    }
}
