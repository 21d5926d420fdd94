package io.newsalerts.matcher;

import java.util.Collection;
import java.util.concurrent.atomic.LongAdder;

/**
 * The default {@link TermStatistics}: document frequencies counted in a count-min sketch of fixed size (three rows
 * of 2^17 counters, 1.5 MB), for terms and, separately, for their first {@value IndexedMatcher#PREFIX_KEY_LENGTH}
 * characters. Estimates never undercount (apart from lost concurrent increments, which are tolerated: counters are
 * plain ints updated without synchronization).
 */
public final class SketchTermStatistics implements TermStatistics {

    private static final int ROWS = 3;
    private static final int WIDTH_BITS = 17;
    private static final int MASK = (1 << WIDTH_BITS) - 1;
    private static final int[] SEEDS = {0x9E3779B9, 0x85EBCA6B, 0xC2B2AE35};
    private static final int PREFIX_SEED = 0x27D4EB2F;

    private final int[][] counts = new int[ROWS][1 << WIDTH_BITS];
    private final LongAdder documents = new LongAdder();

    @Override
    public long documentFrequency(String term) {
        return estimate(term.hashCode());
    }

    @Override
    public long prefixFrequency(String prefix) {
        return estimate(prefix.hashCode() ^ PREFIX_SEED);
    }

    @Override
    public long documentCount() {
        return documents.sum();
    }

    @Override
    public void observe(Collection<String> distinctTerms) {
        documents.increment();
        for (String term : distinctTerms) {
            increment(term.hashCode());
            int cut = Prefixes.cut(term, IndexedMatcher.PREFIX_KEY_LENGTH);
            if (cut > 0) {
                increment(Prefixes.hash(term, cut) ^ PREFIX_SEED);
            }
        }
    }

    private void increment(int hash) {
        for (int row = 0; row < ROWS; row++) {
            counts[row][slot(hash, row)]++;
        }
    }

    private long estimate(int hash) {
        long min = Long.MAX_VALUE;
        for (int row = 0; row < ROWS; row++) {
            min = Math.min(min, counts[row][slot(hash, row)]);
        }
        return min;
    }

    private static int slot(int hash, int row) {
        int h = hash * SEEDS[row];
        return (h ^ (h >>> 15)) & MASK;
    }
}
