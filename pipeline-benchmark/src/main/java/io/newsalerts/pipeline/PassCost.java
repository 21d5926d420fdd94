package io.newsalerts.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * What a pass, or a difference or sum of passes, costs per alert: microseconds of wall time and of CPU in this JVM,
 * the broker and PostgreSQL; and the p50 and p99 of its per-batch latency in milliseconds (NaN where the figure is
 * derived from other passes and has none of its own).
 */
record PassCost(double wall, double jvm, double broker, double postgres, double p50, double p99) {

    /** The figures of a pass that handled {@code alerts} alerts, spent {@code spent} and took these batch latencies. */
    static PassCost of(CpuClock.Reading spent, int alerts, List<Long> latencyNanos) {
        long[] sorted = latencyNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new PassCost(micros(spent.wall(), alerts), micros(spent.jvm(), alerts), micros(spent.broker(), alerts),
                micros(spent.postgres(), alerts), percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    /** Field by field, the median of several rounds' figures. */
    static PassCost median(List<PassCost> rounds) {
        return new PassCost(median(rounds, PassCost::wall), median(rounds, PassCost::jvm),
                median(rounds, PassCost::broker), median(rounds, PassCost::postgres), median(rounds, PassCost::p50),
                median(rounds, PassCost::p99));
    }

    /** CPU in all three parties. */
    double cpu() {
        return jvm + broker + postgres;
    }

    PassCost plus(PassCost other) {
        return new PassCost(wall + other.wall, jvm + other.jvm, broker + other.broker, postgres + other.postgres,
                Double.NaN, Double.NaN);
    }

    PassCost minus(PassCost other) {
        return plus(new PassCost(-other.wall, -other.jvm, -other.broker, -other.postgres, 0, 0));
    }

    /** The same figures with these latencies (of the pass that a design's latency is measured in). */
    PassCost withLatency(PassCost measured) {
        return new PassCost(wall, jvm, broker, postgres, measured.p50, measured.p99);
    }

    /** {@code 12.3}: one decimal, or {@code -} for NaN. */
    static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static double micros(long nanos, int alerts) {
        return nanos / 1e3 / alerts;
    }

    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static double median(List<PassCost> rounds, ToDoubleFunction<PassCost> field) {
        double[] values = rounds.stream().mapToDouble(field).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
