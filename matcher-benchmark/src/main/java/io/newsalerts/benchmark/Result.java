package io.newsalerts.benchmark;

/**
 * One size's measurements. Rates are documents per second on one thread, by the wall clock and per CPU second
 * of that thread; Lucene Monitor's are NaN, and {@code monitorNote} says why, when it was not run at this size.
 */
record Result(
        int subscriptions,
        int uniqueQueries,
        double buildSeconds,
        double putMicros,
        double updateMicros,
        long heapBytesPerSubscription,
        double docsPerSecond,
        double docsPerCpuSecond,
        double candidatesPerDoc,
        double matchesPerDoc,
        double monitorBuildSeconds,
        long monitorHeapBytesPerSubscription,
        double monitorDocsPerSecond,
        double monitorDocsPerCpuSecond,
        int monitorDocs,
        long disagreements,
        double floorDocsPerSecond,
        double floorDocsPerCpuSecond,
        String monitorNote) {

    boolean monitorRan() {
        return !Double.isNaN(monitorDocsPerSecond);
    }

    double ratio() {
        return docsPerSecond / monitorDocsPerSecond;
    }

    double cpuRatio() {
        return docsPerCpuSecond / monitorDocsPerCpuSecond;
    }
}
