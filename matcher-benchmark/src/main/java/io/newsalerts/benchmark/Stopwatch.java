package io.newsalerts.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wall-clock and CPU time of the current thread since start. On a busy machine the CPU time is the steadier
 * measure of a single-threaded engine (it leaves out time the thread waited for a core, and garbage collection
 * done by other threads); both are reported.
 */
final class Stopwatch {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long wallStart = System.nanoTime();
    private final long cpuStart = THREADS.getCurrentThreadCpuTime();

    double wallSeconds() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    double cpuSeconds() {
        return (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    }
}
