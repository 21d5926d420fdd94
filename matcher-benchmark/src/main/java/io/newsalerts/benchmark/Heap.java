package io.newsalerts.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use after garbage collection: {@link System#gc()} (a full collection with G1 unless
 * {@code -XX:+DisableExplicitGC}), a pause for concurrent work to settle, three times, then the used heap from the
 * {@link MemoryMXBean}. The difference between two such readings taken around building an index, with nothing
 * else allocated in between that survives, is the index's retained size.
 */
public final class Heap {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private Heap() {
    }

    public static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(150);
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
