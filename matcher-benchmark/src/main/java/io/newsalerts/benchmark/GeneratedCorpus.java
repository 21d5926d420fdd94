package io.newsalerts.benchmark;

import io.newsalerts.matcher.MatchDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A stand-in corpus for machines without the shared news data: articles of pseudo-words drawn from a Zipf
 * distribution (a few very common words, a long tail of rare ones), shaped like newswire stories.
 */
final class GeneratedCorpus {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ter", "san", "do", "ve", "rin", "pa", "gor",
        "el", "mun", "ta", "bri", "os", "cha", "nel", "fi", "qua", "zu"};
    private static final int VOCABULARY = 40_000;

    private GeneratedCorpus() {
    }

    static List<MatchDocument> documents(int count, long seed) {
        Random random = new Random(seed);
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = word(i);
        }
        double[] cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        List<MatchDocument> documents = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            String title = text(random, words, cumulative, 4 + random.nextInt(6));
            String body = text(random, words, cumulative, 60 + random.nextInt(160));
            documents.add(MatchDocument.article("generated-" + d, title, null, body, "Generated", null, "en"));
        }
        return documents;
    }

    private static String word(int index) {
        StringBuilder word = new StringBuilder();
        int n = index;
        do {
            word.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return word.length() < 3 ? word + "x" : word.toString();
    }

    private static String text(Random random, String[] words, double[] cumulative, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int at = Arrays.binarySearch(cumulative, target);
            text.append(i == 0 ? "" : " ").append(words[at < 0 ? -at - 1 : at]);
        }
        return text.toString();
    }
}
