package io.newsalerts.stories;

/**
 * LSH banding: the minimum hashes are cut into bands of consecutive rows, and each band is hashed (with its
 * number, so that equal rows in different bands do not collide) into one 64-bit key. Two texts of Jaccard
 * similarity {@code s} share at least one key with probability {@code 1 - (1 - s^rows)^bands}.
 */
final class BandKeys {

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private BandKeys() {
    }

    static long[] of(int[] minHashes, int bands, int rows) {
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            keys[band] = key(minHashes, band, band * rows, (band + 1) * rows);
        }
        return keys;
    }

    /** The key of one more band, after the {@code bands} of {@link #of}, that holds every row: a copy's key. */
    static long copyKey(int[] minHashes, int bands) {
        return key(minHashes, bands, 0, minHashes.length);
    }

    private static long key(int[] minHashes, int band, int from, int to) {
        long hash = SEED * (band + 1);
        for (int row = from; row < to; row++) {
            hash = Long.rotateLeft(hash ^ (minHashes[row] & 0xFFFFFFFFL) * 0x87C37B91114253D5L, 31)
                    * 0x4CF5AD432745937FL;
        }
        return mix(hash);
    }

    /** MurmurHash3's 64-bit finaliser. */
    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE1A85A53L;
        h ^= h >>> 33;
        return h;
    }
}
