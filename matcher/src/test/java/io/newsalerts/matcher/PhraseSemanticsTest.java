package io.newsalerts.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Phrases and proximity over a four-word vocabulary, where repeated terms, reordering and collisions are the
 * rule: the indexed matcher's own phrase matching against Lucene's exact and sloppy phrase matchers (run by the
 * naive matcher through a {@code MemoryIndex}), query by query and document by document.
 */
class PhraseSemanticsTest {

    private static final List<String> WORDS = List.of("oil", "gas", "price", "strike");
    private static final int QUERIES = 500;
    private static final int DOCUMENTS = 250;

    @Test
    void phrasesWithRepeatedTermsMatchAsInLucene() {
        Random random = new Random(42);
        Set<String> queries = new LinkedHashSet<>();
        while (queries.size() < QUERIES) {
            int length = 2 + random.nextInt(4);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                words.add(WORDS.get(random.nextInt(random.nextBoolean() ? 2 : WORDS.size())));
            }
            int slop = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(7);
            String field = random.nextInt(5) == 0 ? "body:" : "";
            queries.add(field + "\"" + String.join(" ", words) + "\"" + (slop > 0 ? "~" + slop : ""));
        }
        IndexedMatcher indexed = new IndexedMatcher();
        NaiveMatcher naive = new NaiveMatcher();
        List<String> queryList = List.copyOf(queries);
        for (int i = 0; i < queryList.size(); i++) {
            CompiledQuery compiled = QueryCompiler.compile(queryList.get(i));
            indexed.put("q" + i, compiled, null);
            naive.put("q" + i, compiled, null);
        }

        List<String> disagreements = new ArrayList<>();
        int matching = 0;
        for (int d = 0; d < DOCUMENTS; d++) {
            MatchDocument document = NewsFixtures.article("d" + d, text(random, 0, 4), text(random, 1, 14));
            Set<String> expected = ids(naive.match(document));
            Set<String> actual = ids(indexed.match(document));
            matching += expected.size();
            if (!expected.equals(actual)) {
                for (int i = 0; i < queryList.size(); i++) {
                    if (expected.contains("q" + i) != actual.contains("q" + i)) {
                        disagreements.add(queryList.get(i) + " on [" + document.field(NewsFields.TITLE) + " | "
                                + document.field(NewsFields.BODY) + "]: Lucene " + expected.contains("q" + i));
                    }
                }
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(matching).isGreaterThan(QUERIES * DOCUMENTS / 50);
    }

    private static String text(Random random, int minWords, int maxWords) {
        int count = minWords + random.nextInt(maxWords - minWords + 1);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(" ", words);
    }

    private static Set<String> ids(List<Match> matches) {
        return matches.stream().map(Match::subscriptionId).collect(Collectors.toSet());
    }
}
