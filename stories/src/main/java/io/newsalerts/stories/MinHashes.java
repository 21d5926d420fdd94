package io.newsalerts.stories;

import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.lucene.analysis.minhash.MinHashFilter;

/**
 * The minimum hashes of a stream of shingles, the same values as Lucene's {@link MinHashFilter} with one hash
 * function, one minimum per bucket and rotation: each shingle's UTF-16LE bytes hashed by MurmurHash3 x64 128
 * (commons-codec), combined with the hash of the function's number as that filter does, put in the bucket of its
 * top 32 bits, the least per bucket kept (unsigned, high half first), then each empty bucket given the minimum of
 * the next filled one. It replaces the filter in {@link StorySketcher} because the filter builds a string, runs a
 * charset encoder and fills a TreeSet per shingle, two thirds of a sketch's cost; {@code MinHashesTest} checks both
 * give the same values. One instance per sketch: not thread-safe.
 */
final class MinHashes {

    /** The hash of hash function 0 (its number's four big-endian bytes), which MinHashFilter folds into each. */
    private static final long[] FUNCTION = MurmurHash3.hash128x64(new byte[4], 0, 4, 0);
    private static final char REPLACEMENT = '\uFFFD';

    private final long bucketSize;
    private final long[] highs;
    private final long[] lows;
    private final boolean[] filled;
    private byte[] bytes = new byte[256];
    private boolean any;

    MinHashes(int buckets) {
        long size = (1L << 32) / buckets;
        this.bucketSize = (1L << 32) % buckets == 0 ? size : size + 1;
        this.highs = new long[buckets];
        this.lows = new long[buckets];
        this.filled = new boolean[buckets];
    }

    /** Hashes one shingle. */
    void add(char[] chars, int length) {
        int size = utf16le(chars, length);
        long[] hash = MurmurHash3.hash128x64(bytes, 0, size, 0);
        long low = hash[0] * 37 + FUNCTION[0];
        long high = hash[1] * 37 + FUNCTION[1];
        int bucket = (int) ((high >>> 32) / bucketSize);
        if (!filled[bucket] || Long.compareUnsigned(high, highs[bucket]) < 0
                || high == highs[bucket] && Long.compareUnsigned(low, lows[bucket]) < 0) {
            highs[bucket] = high;
            lows[bucket] = low;
            filled[bucket] = true;
        }
        any = true;
    }

    /**
     * @return the low 32 bits of each bucket's minimum, in bucket order (what {@link StorySketcher} keeps of a
     *     MinHashFilter term), or null if no shingle was added
     */
    int[] lowBits() {
        if (!any) {
            return null;
        }
        int buckets = highs.length;
        for (int bucket = 0; bucket < buckets; bucket++) {
            for (int offset = 1; !filled[bucket] && offset < buckets; offset++) {
                int next = (bucket + offset) % buckets;
                if (filled[next]) {
                    highs[bucket] = highs[next];
                    lows[bucket] = lows[next];
                    filled[bucket] = true;
                }
            }
        }
        int[] minHashes = new int[buckets];
        for (int bucket = 0; bucket < buckets; bucket++) {
            minHashes[bucket] = (int) lows[bucket];
        }
        return minHashes;
    }

    /** Writes the chars as UTF-16LE into {@code bytes}, a lone surrogate as U+FFFD (as the JDK's encoder does). */
    private int utf16le(char[] chars, int length) {
        if (bytes.length < 2 * length) {
            bytes = new byte[2 * length];
        }
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < length
                        && Character.isLowSurrogate(chars[i + 1])
                        : i > 0 && Character.isHighSurrogate(chars[i - 1]);
                if (!paired) {
                    c = REPLACEMENT;
                }
            }
            bytes[2 * i] = (byte) c;
            bytes[2 * i + 1] = (byte) (c >>> 8);
        }
        return 2 * length;
    }
}
