package io.newsalerts.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;

/**
 * Differential test against the reference semantics: generated queries and events, matched by the naive
 * matcher and by Lucene Monitor over the same analyzer and field layout, with the queries parsed by a plain
 * classic {@link QueryParser}. Any disagreement is a bug in the matcher.
 */
class MonitorReferenceTest {

    private static final long SEED = 20230726L;
    private static final int QUERIES = 100;
    private static final int DOCUMENTS = 20;

    @Test
    void naiveMatcherAgreesWithLuceneMonitor() throws IOException {
        RandomNews random = new RandomNews(SEED);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            queries.add(random.query());
        }
        List<MatchDocument> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(random.document("doc-" + i));
        }

        NaiveMatcher naive = new NaiveMatcher();
        List<String> disagreements = new ArrayList<>();
        int pairs = 0;
        int matches = 0;
        try (MonitorReference monitor = new MonitorReference()) {
            for (int i = 0; i < queries.size(); i++) {
                String id = "q" + i;
                naive.put(id, QueryCompiler.compile(queries.get(i)), SubscriptionFilter.none());
                monitor.register(id, queries.get(i));
            }
            for (MatchDocument document : documents) {
                Set<String> expectedIds = monitor.match(document);
                Set<String> actualIds = naive.match(document).stream()
                        .map(Match::subscriptionId).collect(Collectors.toCollection(TreeSet::new));
                for (int i = 0; i < queries.size(); i++) {
                    String id = "q" + i;
                    if (expectedIds.contains(id) != actualIds.contains(id)) {
                        disagreements.add(document + " / " + queries.get(i) + ": Monitor says "
                                + expectedIds.contains(id));
                    }
                }
                pairs += queries.size();
                matches += expectedIds.size();
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(naive.evaluationFailures()).isZero();
        assertThat(pairs).isEqualTo(QUERIES * DOCUMENTS);
        assertThat(matches).as("matching pairs, to keep the test telling").isBetween(pairs / 10, pairs * 9 / 10);
    }
}
