package io.newsalerts.langbench;

import java.util.Map;

/**
 * What one candidate measured: the heap its models retain and how long they took to load, accuracy on whole
 * sentences and on prefixes of each length (with the time per detection), the time per article-sized text and per
 * detection with cold caches.
 */
record CandidateResult(String name, long heapBytes, double loadSeconds, Accuracy sentences,
        Map<Integer, Accuracy> byLength, double microsPerArticle, double coldMicros) {

    /**
     * The shortest measured length from which on accuracy stays at or above {@code floor} (longer prefixes and
     * whole sentences included), or -1 if it never does.
     */
    int minimumLength(double floor) {
        if (sentences.overall() < floor) {
            return -1;
        }
        int minimum = -1;
        for (Map.Entry<Integer, Accuracy> length : byLength.entrySet()) {
            if (length.getValue().overall() < floor) {
                minimum = -1;
            } else if (minimum < 0) {
                minimum = length.getKey();
            }
        }
        return minimum;
    }
}
