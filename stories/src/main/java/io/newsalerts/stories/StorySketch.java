package io.newsalerts.stories;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The MinHash sketch of one article's text: one 32-bit minimum hash per bucket, and the LSH band keys derived from
 * them. Two sketches agree in a bucket with a probability equal to the Jaccard similarity of the two shingle sets.
 * The copy key hashes every bucket: only texts with the same sketch (copies) share it.
 */
public record StorySketch(int[] minHashes, long[] bandKeys, long copyKey) {

    /** The estimated Jaccard similarity of the two texts: the share of buckets whose minimum hashes agree. */
    public double similarity(StorySketch other) {
        if (other.minHashes.length != minHashes.length) {
            throw new IllegalArgumentException("sketches of " + minHashes.length + " and " + other.minHashes.length
                    + " hashes cannot be compared");
        }
        int agree = 0;
        for (int i = 0; i < minHashes.length; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                agree++;
            }
        }
        return (double) agree / minHashes.length;
    }

    /** The copy key, then the band keys. */
    public long[] allKeys() {
        long[] keys = new long[bandKeys.length + 1];
        keys[0] = copyKey;
        System.arraycopy(bandKeys, 0, keys, 1, bandKeys.length);
        return keys;
    }

    /** The minimum hashes as bytes (big-endian), as stored. */
    public byte[] minHashBytes() {
        ByteBuffer bytes = ByteBuffer.allocate(minHashes.length * Integer.BYTES);
        bytes.asIntBuffer().put(minHashes);
        return bytes.array();
    }

    /** The minimum hashes of stored bytes (see {@link #minHashBytes()}), for comparison only: no keys. */
    public static StorySketch ofStored(byte[] minHashBytes) {
        int[] minHashes = new int[minHashBytes.length / Integer.BYTES];
        ByteBuffer.wrap(minHashBytes).asIntBuffer().get(minHashes);
        return new StorySketch(minHashes, new long[0], 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StorySketch sketch && Arrays.equals(minHashes, sketch.minHashes)
                && Arrays.equals(bandKeys, sketch.bandKeys) && copyKey == sketch.copyKey;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(minHashes) + Arrays.hashCode(bandKeys)) + Long.hashCode(copyKey);
    }

    @Override
    public String toString() {
        return "StorySketch[" + minHashes.length + " hashes, " + bandKeys.length + " bands]";
    }
}
