package io.newsalerts.languages;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.optimaize.langdetect.profiles.LanguageProfile;

/**
 * The n-grams of the language profiles (1 to 3 characters) with their smoothed log-probability in each language. A
 * probability is Optimaize's: the n-gram's count over the count of all n-grams of its length in the language, plus
 * {@code 0.5 / 10,000} (its default alpha over its base frequency) so that an n-gram a language lacks does not rule
 * the language out.
 *
 * <p>Laid out for the cache, which a detection between other work finds cold (a float per language made it four
 * times slower in a service than in a loop): one row of bytes per n-gram, its logarithms over its least in 255 equal
 * steps (the least, the same for every language, is dropped: it cannot change which language is likelier), found by
 * open addressing on the n-gram's characters packed in a long stored beside its row number. language-benchmark
 * measured the same accuracy as unrounded floats. The misses are made to overlap: all the text's n-grams are looked
 * up first, in a loop whose look-ups do not wait for one another, then their rows are added four at a time (with
 * the caches flushed before each detection of 100 characters, language-benchmark measured 40-60 µs instead of
 * 79-88). Immutable.
 */
final class NgramTable {

    private static final int MAX_LENGTH = 3;
    private static final double SMOOTHING = 0.5 / 10_000;
    private static final int STEPS = 255;
    private static final int ROWS_AT_ONCE = 4;

    private final int columns;
    /** Per slot, the n-gram's key (0: empty) then its row. */
    private final long[] slots;
    private final int mask;
    /** Per row and language, the logarithm's steps above the row's least, minus 128. */
    private final byte[] logProbabilities;
    private final float[] stepOfRow;

    NgramTable(List<LanguageProfile> profiles) {
        columns = profiles.size();
        Map<Long, double[]> probabilities = new HashMap<>();
        for (int column = 0; column < columns; column++) {
            LanguageProfile profile = profiles.get(column);
            for (int length = 1; length <= MAX_LENGTH; length++) {
                double occurrences = profile.getNumGramOccurrences(length);
                for (Map.Entry<String, Integer> gram : profile.iterateGrams(length)) {
                    probabilities.computeIfAbsent(key(gram.getKey(), 0, length), k -> new double[columns])[column] =
                            gram.getValue() / occurrences;
                }
            }
        }
        int slotCount = Integer.highestOneBit(probabilities.size()) * 4;
        mask = slotCount - 1;
        slots = new long[2 * slotCount];
        logProbabilities = new byte[probabilities.size() * columns];
        stepOfRow = new float[probabilities.size()];
        int row = 0;
        for (Map.Entry<Long, double[]> gram : probabilities.entrySet()) {
            int slot = slot(gram.getKey());
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = gram.getKey();
            slots[2 * slot + 1] = row;
            store(row++, gram.getValue());
        }
    }

    /**
     * The log-likelihood of the text in each language (in profile order), up to a constant shared by all: the sum
     * over its n-grams that some profile knows. The n-grams are Optimaize's standard ones: the text padded with a
     * space at both ends, every 1-, 2- and 3-gram except a lone space and 3-grams with a space in the middle.
     *
     * @param text normalised as Optimaize's text factories do (one space between words)
     * @return the scores, or null if no n-gram of the text is known
     */
    float[] logLikelihoods(CharSequence text) {
        if (text.length() == 0) {
            return null;
        }
        String padded = (text.charAt(0) == ' ' ? "" : " ") + text + (text.charAt(text.length() - 1) == ' ' ? "" : " ");
        int[] rows = rows(padded);
        if (rows.length == 0) {
            return null;
        }
        float[] scores = new float[columns];
        int next = 0;
        for (; next + ROWS_AT_ONCE <= rows.length; next += ROWS_AT_ONCE) {
            add(scores, rows[next], rows[next + 1], rows[next + 2], rows[next + 3]);
        }
        for (; next < rows.length; next++) {
            add(scores, rows[next]);
        }
        return scores;
    }

    /** The rows of the text's known n-grams, in one loop of look-ups that do not wait for one another. */
    private int[] rows(String padded) {
        int[] rows = new int[MAX_LENGTH * padded.length()];
        int count = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            for (int start = 0; start + length <= padded.length(); start++) {
                if (length != 2 && padded.charAt(start + length / 2) == ' ') {
                    continue;
                }
                int row = row(key(padded, start, length));
                if (row >= 0) {
                    rows[count++] = row;
                }
            }
        }
        return Arrays.copyOf(rows, count);
    }

    private void store(int row, double[] probabilities) {
        double least = Double.MAX_VALUE;
        double most = -Double.MAX_VALUE;
        for (double probability : probabilities) {
            least = Math.min(least, Math.log(SMOOTHING + probability));
            most = Math.max(most, Math.log(SMOOTHING + probability));
        }
        double step = most > least ? (most - least) / STEPS : 1;
        stepOfRow[row] = (float) step;
        for (int column = 0; column < columns; column++) {
            long steps = Math.round((Math.log(SMOOTHING + probabilities[column]) - least) / step);
            logProbabilities[row * columns + column] = (byte) (steps - 128);
        }
    }

    private void add(float[] scores, int row) {
        float step = stepOfRow[row];
        int offset = row * columns;
        for (int column = 0; column < columns; column++) {
            scores[column] += step * logProbabilities[offset + column];
        }
    }

    /** Four rows at once: their loads are under way together (a row is cold in a service: two cache misses). */
    private void add(float[] scores, int first, int second, int third, int fourth) {
        float step1 = stepOfRow[first];
        float step2 = stepOfRow[second];
        float step3 = stepOfRow[third];
        float step4 = stepOfRow[fourth];
        int offset1 = first * columns;
        int offset2 = second * columns;
        int offset3 = third * columns;
        int offset4 = fourth * columns;
        for (int column = 0; column < columns; column++) {
            scores[column] += step1 * logProbabilities[offset1 + column] + step2 * logProbabilities[offset2 + column]
                    + step3 * logProbabilities[offset3 + column] + step4 * logProbabilities[offset4 + column];
        }
    }

    private int row(long key) {
        for (int slot = slot(key); slots[2 * slot] != 0; slot = (slot + 1) & mask) {
            if (slots[2 * slot] == key) {
                return (int) slots[2 * slot + 1];
            }
        }
        return -1;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** The n-gram's length in the top bits and its characters below, 16 bits each: never 0. */
    private static long key(CharSequence text, int start, int length) {
        long key = length;
        for (int i = start; i < start + length; i++) {
            key = key << 16 | text.charAt(i);
        }
        return key;
    }
}
