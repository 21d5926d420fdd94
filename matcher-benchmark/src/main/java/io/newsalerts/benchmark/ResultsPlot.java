package io.newsalerts.benchmark;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Draws documents per second against subscriptions, both axes logarithmic, for IndexedMatcher, Lucene Monitor
 * and the analysis-only floor, into a PNG ({@link LogChart}).
 */
final class ResultsPlot {

    private static final Color INDEXED = new Color(0x1f77b4);
    private static final Color MONITOR = new Color(0xd62728);
    private static final Color FLOOR = new Color(0x7f7f7f);

    private ResultsPlot() {
    }

    static void write(List<Result> results, String title, Path file) throws IOException {
        List<Result> monitored = results.stream().filter(Result::monitorRan).toList();
        double[] rates = Stream.of(values(results, Result::docsPerSecond), values(results,
                Result::floorDocsPerSecond), values(monitored, Result::monitorDocsPerSecond))
                .flatMapToDouble(Arrays::stream).toArray();
        new LogChart(title, "subscriptions (log scale)", "documents per second, one thread (log scale)",
                values(results, Result::subscriptions), rates)
                .series("analysis only (floor)", FLOOR, LogChart.DASHED, values(results, Result::subscriptions),
                        values(results, Result::floorDocsPerSecond))
                .series("IndexedMatcher", INDEXED, LogChart.SOLID, values(results, Result::subscriptions),
                        values(results, Result::docsPerSecond))
                .series("Lucene Monitor 9.11", MONITOR, LogChart.SOLID, values(monitored, Result::subscriptions),
                        values(monitored, Result::monitorDocsPerSecond))
                .write(file);
    }

    private static double[] values(List<Result> results, ToDoubleFunction<Result> value) {
        return results.stream().mapToDouble(value).toArray();
    }
}
