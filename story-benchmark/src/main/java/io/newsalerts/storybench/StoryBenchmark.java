package io.newsalerts.storybench;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.newsalerts.benchmark.LogChart;
import io.newsalerts.benchmark.TextTable;

/**
 * Story assignment measured three ways: precision and recall on labelled near-duplicate pairs built from the shared
 * news data, the repeated stories it finds in Reuters-21578, and its cost per article against the real PostgreSQL
 * schema with up to 1,000,000 sketches in the window. Prints tables, writes them and a plot to the output directory.
 *
 * <p>Options: {@code --data DIR} (the shared news data, default {@code ../shared/data/news}), {@code --schema FILE}
 * (the story migration), {@code --jdbc URL} (the server, default {@code jdbc:postgresql://127.0.0.1:5432/}),
 * {@code --sizes 10000,100000,1000000}, {@code --singles 2000}, {@code --batches 100}, {@code --originals 1500},
 * {@code --negatives 20000}, {@code --threshold 0.8}, {@code --seed 42}, {@code --out DIR}, {@code --skip-cost},
 * {@code --skip-quality} (parts 1 and 2: the cost alone, for comparing builds), {@code --rekey} (also time the
 * re-keying of each window, as schema version 5's migration runs it),
 * {@code --pace-ms 0} (start the measured single placements one every that many milliseconds, as lone requests
 * arriving apart; 0: one after the other).
 */
public final class StoryBenchmark {

    private StoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(options.out);
        List<String> report = new ArrayList<>();

        try (BenchDatabase database = new BenchDatabase(options.jdbc, "newsalerts_story_bench", options.schema)) {
            if (!options.skipQuality) {
                quality(database, options, report);
            }

            if (!options.skipCost) {
                System.out.println("\n== 3. Cost per article");
                database.truncate();
                print(cost(database, options), report);
            }
        }
        Files.write(options.out.resolve("story-benchmark.txt"), report);
        System.out.println("\nWritten: " + options.out.resolve("story-benchmark.txt"));
    }

    /** Parts 1 and 2: the labelled pairs, then Reuters-21578's repeated stories. */
    private static void quality(BenchDatabase database, Options options, List<String> report) throws Exception {
        System.out.println("Reading " + options.data);
        List<NewsCorpus.Story> reuters = NewsCorpus.reuters(options.data.resolve("reuters21578"));
        List<NewsCorpus.Story> wikinews = NewsCorpus.wikinews(options.data.resolve("wikinews"));
        System.out.printf("%,d Reuters stories, %,d Wikinews articles%n", reuters.size(), wikinews.size());

        System.out.println("\n== 1. Precision and recall on labelled pairs");
        print(new PairEvaluation(options.threshold, options.seed).run(reuters, wikinews, options.originals,
                options.negatives, options.seed), report);

        System.out.println("\n== 2. Repeated stories in Reuters-21578");
        print(ReutersStories.run(database, reuters, options.threshold), report);
    }

    private static List<String> cost(BenchDatabase database, Options options) throws Exception {
        AssignmentCost cost = new AssignmentCost(options.threshold, options.seed, options.paceMillis);
        List<AssignmentCost.Row> rows = new ArrayList<>();
        for (long size : options.sizes) {
            System.out.printf("window of %,d sketches%n", size);
            rows.add(cost.measure(database, size, options.singles, options.batches, options.rekey));
        }
        TextTable table = new TextTable("sketches in window", "load s", "single p50 ms", "single p99 ms",
                "batch of 100 p50 ms/article", "batch of 100 p99 ms/article", "copies joined", "re-key s");
        for (AssignmentCost.Row row : rows) {
            table.row(String.format(Locale.ROOT, "%,d", row.stored()), String.format(Locale.ROOT, "%.1f",
                    row.loadSeconds()), ms(row.single(), 0.5), ms(row.single(), 0.99), ms(row.batch(), 0.5),
                    ms(row.batch(), 0.99), row.joined() + "/" + row.copies(), Double.isNaN(row.rekeySeconds()) ? "-"
                            : String.format(Locale.ROOT, "%.1f", row.rekeySeconds()));
        }
        double[] sizes = rows.stream().mapToDouble(AssignmentCost.Row::stored).toArray();
        Path plot = options.out.resolve("story-cost.png");
        new LogChart("Story assignment per article against sketches in the window", "sketches in the window",
                "milliseconds per article", sizes, rows.stream().flatMapToDouble(row -> Arrays.stream(new double[] {
                        AssignmentCost.percentile(row.single(), 0.5), AssignmentCost.percentile(row.single(), 0.99),
                        AssignmentCost.percentile(row.batch(), 0.5), AssignmentCost.percentile(row.batch(), 0.99),
                        1.0})).toArray())
                .series("single p50", new Color(0x1f77b4), LogChart.DASHED, sizes, series(rows, true, 0.5))
                .series("single p99", new Color(0x1f77b4), LogChart.SOLID, sizes, series(rows, true, 0.99))
                .series("batch of 100 p50", new Color(0x2ca02c), LogChart.DASHED, sizes, series(rows, false, 0.5))
                .series("batch of 100 p99", new Color(0x2ca02c), LogChart.SOLID, sizes, series(rows, false, 0.99))
                .reference("target 1 ms", new Color(0xd62728), LogChart.DASHED, sizes,
                        Arrays.stream(sizes).map(size -> 1.0).toArray())
                .write(plot);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d single placements (one transaction each%s) and %d batches of 100 "
                + "per size, a tenth of the articles copies of stored ones; one connection", options.singles,
                options.paceMillis == 0 ? "" : ", one every " + options.paceMillis + " ms", options.batches));
        lines.add(table.text());
        lines.add("Plot: " + plot);
        lines.add("MARKDOWN");
        lines.add(table.markdown());
        return lines;
    }

    private static double[] series(List<AssignmentCost.Row> rows, boolean single, double p) {
        return rows.stream().mapToDouble(row -> AssignmentCost.percentile(single ? row.single() : row.batch(), p))
                .toArray();
    }

    private static String ms(double[] sorted, double p) {
        return String.format(Locale.ROOT, "%.3f", AssignmentCost.percentile(sorted, p));
    }

    private static void print(List<String> lines, List<String> report) {
        boolean markdown = false;
        for (String line : lines) {
            markdown |= line.equals("MARKDOWN");
            if (!markdown) {
                System.out.println(line);
            }
            report.add(line);
        }
    }

    /** The command line. */
    private record Options(Path data, Path schema, String jdbc, long[] sizes, int singles, int batches,
            int originals, int negatives, double threshold, long seed, Path out, boolean skipCost,
            boolean skipQuality, boolean rekey, int paceMillis) {

        static Options parse(String[] args) {
            Path data = Path.of("../shared/data/news");
            Path schema = Path.of("ingest-service/src/main/resources/db/migration/V4__stories.sql");
            String jdbc = "jdbc:postgresql://127.0.0.1:5432/";
            long[] sizes = {10_000, 100_000, 1_000_000};
            int singles = 2000;
            int batches = 100;
            int originals = 1500;
            int negatives = 20_000;
            double threshold = 0.8;
            long seed = 42;
            Path out = Path.of("story-benchmark/target/benchmark");
            boolean skipCost = false;
            boolean skipQuality = false;
            boolean rekey = false;
            int paceMillis = 0;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> data = Path.of(args[++i]);
                    case "--schema" -> schema = Path.of(args[++i]);
                    case "--jdbc" -> jdbc = args[++i];
                    case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToLong(Long::parseLong)
                            .toArray();
                    case "--singles" -> singles = Integer.parseInt(args[++i]);
                    case "--batches" -> batches = Integer.parseInt(args[++i]);
                    case "--originals" -> originals = Integer.parseInt(args[++i]);
                    case "--negatives" -> negatives = Integer.parseInt(args[++i]);
                    case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--skip-cost" -> skipCost = true;
                    case "--skip-quality" -> skipQuality = true;
                    case "--rekey" -> rekey = true;
                    case "--pace-ms" -> paceMillis = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(data, schema, jdbc, sizes, singles, batches, originals, negatives, threshold, seed,
                    out, skipCost, skipQuality, rekey, paceMillis);
        }
    }
}
