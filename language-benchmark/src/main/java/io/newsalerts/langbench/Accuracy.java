package io.newsalerts.langbench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Correct detections per language of one candidate on one set of texts (no answer counts as wrong), and the mean
 * CPU time of one detection (the measuring thread's, steadier than the wall clock on a machine others share).
 */
record Accuracy(Map<String, int[]> correctAndTotal, double microsPerText) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The CPU time of the calling thread in nanoseconds. */
    static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    static Accuracy measure(Candidate candidate, Map<String, List<String>> texts) {
        Map<String, int[]> counts = new TreeMap<>();
        long start = cpuNanos();
        texts.forEach((language, lines) -> {
            int correct = 0;
            for (String line : lines) {
                if (language.equals(candidate.detect(line))) {
                    correct++;
                }
            }
            counts.put(language, new int[] {correct, lines.size()});
        });
        int total = counts.values().stream().mapToInt(c -> c[1]).sum();
        return new Accuracy(counts, (cpuNanos() - start) / 1e3 / total);
    }

    double of(String language) {
        int[] counts = correctAndTotal.get(language);
        return counts[1] == 0 ? Double.NaN : (double) counts[0] / counts[1];
    }

    double overall() {
        int correct = correctAndTotal.values().stream().mapToInt(c -> c[0]).sum();
        int total = correctAndTotal.values().stream().mapToInt(c -> c[1]).sum();
        return (double) correct / total;
    }

    int texts() {
        return correctAndTotal.values().stream().mapToInt(c -> c[1]).sum();
    }
}
