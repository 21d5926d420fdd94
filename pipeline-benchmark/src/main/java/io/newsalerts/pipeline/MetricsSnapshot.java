package io.newsalerts.pipeline;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One scrape of a service's {@code /q/metrics} (Prometheus text): per metric name, the sum and the largest value
 * over its label sets. Snapshots of several replicas add up ({@link #plus}). A metric the service does not export
 * is absent, and figures made from it are NaN.
 */
final class MetricsSnapshot {

    private final Map<String, Double> sums = new HashMap<>();
    private final Map<String, Double> maxima = new HashMap<>();

    /** Scrapes a service; a service that does not answer gives an empty snapshot. */
    static MetricsSnapshot scrape(Http http, String baseUrl) throws InterruptedException {
        try {
            return parse(http.get(baseUrl + "/q/metrics"));
        } catch (IOException e) {
            return new MetricsSnapshot();
        }
    }

    static MetricsSnapshot parse(String text) {
        MetricsSnapshot snapshot = new MetricsSnapshot();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int labels = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            String name = line.substring(0, labels > 0 && labels < space ? labels : space).strip();
            try {
                snapshot.add(name, Double.parseDouble(line.substring(space + 1).strip()));
            } catch (NumberFormatException e) {
                // +Inf and the like: no figure of ours uses them
            }
        }
        return snapshot;
    }

    /** The sum over all label sets, NaN if the metric is absent. */
    double sum(String name) {
        return sums.getOrDefault(name, Double.NaN);
    }

    /** The largest value over all label sets, NaN if the metric is absent. */
    double max(String name) {
        return maxima.getOrDefault(name, Double.NaN);
    }

    /** This snapshot and another one together (two replicas of a service, say). */
    MetricsSnapshot plus(MetricsSnapshot other) {
        MetricsSnapshot both = new MetricsSnapshot();
        for (MetricsSnapshot part : new MetricsSnapshot[] {this, other}) {
            part.sums.forEach((name, value) -> both.sums.merge(name, value, Double::sum));
            part.maxima.forEach((name, value) -> both.maxima.merge(name, value, Math::max));
        }
        return both;
    }

    private void add(String name, double value) {
        sums.merge(name, value, Double::sum);
        maxima.merge(name, value, Math::max);
    }
}
