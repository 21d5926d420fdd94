package io.newsalerts.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The indexed matcher, the naive matcher and Lucene Monitor 9.11 on the same generated and hand-written query x
 * document pairs: queries over the vocabulary of real Reuters stories (when the shared data is there) and of
 * generated and edge-case events, which cover possessives, accents, hyphens, numbers, {@code A.I.}, phrases at a
 * field boundary, nested groups, prefixes with many expansions and repeated terms in proximity phrases. Any
 * disagreement is a bug; the indexed matcher must also report the naive matcher's matched terms and snippets.
 * It runs twice, with term statistics warmed on half the documents and cold, since they change how queries are
 * anchored and filtered.
 */
class MonitorDifferentialIT {

    private static final long SEED = 20240611L;
    private static final int GENERATED_QUERIES = 1_200;
    private static final int REAL_DOCUMENTS = 30;
    private static final int RANDOM_DOCUMENTS = 15;
    private static final int MINIMUM_PAIRS = 20_000;

    @Test
    void indexedNaiveAndMonitorAgreeOnEveryPair() throws Exception {
        List<MatchDocument> documents = documents();
        List<String> queries = new ArrayList<>(EdgeCases.queries());
        CorpusQueries generator = new CorpusQueries(SEED, documents);
        for (int i = 0; i < GENERATED_QUERIES; i++) {
            queries.add(generator.next());
        }

        IndexedMatcher indexed = new IndexedMatcher();
        indexed.warm(documents.subList(0, documents.size() / 2));
        IndexedMatcher cold = new IndexedMatcher();
        NaiveMatcher naive = new NaiveMatcher();
        List<String> disagreements = new ArrayList<>();
        int pairs = 0;
        int matching = 0;
        try (MonitorReference monitor = new MonitorReference()) {
            for (int i = 0; i < queries.size(); i++) {
                CompiledQuery compiled = QueryCompiler.compile(queries.get(i));
                indexed.put(id(i), compiled, SubscriptionFilter.none());
                cold.put(id(i), compiled, SubscriptionFilter.none());
                naive.put(id(i), compiled, SubscriptionFilter.none());
                monitor.register(id(i), queries.get(i));
            }
            for (MatchDocument document : documents) {
                Set<String> expected = monitor.match(document);
                List<Match> fromNaive = naive.match(document);
                List<Match> fromIndexed = indexed.match(document);
                Set<String> naiveIds = ids(fromNaive);
                Set<String> indexedIds = ids(fromIndexed);
                Set<String> coldIds = ids(cold.match(document));
                for (int i = 0; i < queries.size(); i++) {
                    boolean reference = expected.contains(id(i));
                    if (naiveIds.contains(id(i)) != reference || indexedIds.contains(id(i)) != reference
                            || coldIds.contains(id(i)) != reference) {
                        disagreements.add(document.id() + " / " + queries.get(i) + ": Monitor " + reference
                                + ", naive " + naiveIds.contains(id(i)) + ", indexed " + indexedIds.contains(id(i))
                                + ", cold " + coldIds.contains(id(i)));
                    }
                }
                if (naiveIds.equals(indexedIds)) {
                    assertThat(fromIndexed).as("matched terms and snippets on %s", document.id())
                            .containsExactlyElementsOf(fromNaive);
                }
                pairs += queries.size();
                matching += expected.size();
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(indexed.evaluationFailures()).isZero();
        assertThat(cold.evaluationFailures()).isZero();
        assertThat(naive.evaluationFailures()).isZero();
        assertThat(pairs).isGreaterThanOrEqualTo(MINIMUM_PAIRS);
        assertThat(matching).as("matching pairs, to keep the test telling").isGreaterThan(pairs / 50);
    }

    private static List<MatchDocument> documents() {
        List<MatchDocument> documents = new ArrayList<>(NewsCorpus.reutersArticles(REAL_DOCUMENTS));
        RandomNews random = new RandomNews(SEED);
        int generated = RANDOM_DOCUMENTS + (REAL_DOCUMENTS - documents.size());
        for (int i = 0; i < generated; i++) {
            documents.add(random.document("random-" + i));
        }
        documents.addAll(EdgeCases.documents());
        return documents;
    }

    private static String id(int query) {
        return "q" + query;
    }

    private static Set<String> ids(List<Match> matches) {
        return matches.stream().map(Match::subscriptionId).collect(Collectors.toCollection(TreeSet::new));
    }
}
