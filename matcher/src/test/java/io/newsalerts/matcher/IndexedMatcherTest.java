package io.newsalerts.matcher;

import static io.newsalerts.matcher.NewsFixtures.netflixArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The indexed matcher against the matcher contract, and what is particular to its index. */
class IndexedMatcherTest extends SubscriptionMatcherContractTest {

    @Override
    protected SubscriptionMatcher newMatcher() {
        return new IndexedMatcher();
    }

    private IndexedMatcher indexed() {
        return (IndexedMatcher) matcher;
    }

    @Test
    void identicalQueriesAreStoredOnceAndFannedOut() {
        for (int i = 0; i < 50; i++) {
            matcher.put("s" + i, QueryCompiler.compile(i % 2 == 0 ? "Netflix AI" : "netflix's ai"), null);
        }
        SubscriptionFilter articles = new SubscriptionFilter(Set.of(MatchDocument.ARTICLE), null, null, null);
        matcher.put("filtered", QueryCompiler.compile("Netflix AI"), articles);

        assertThat(indexed().stats().uniqueQueries()).isEqualTo(2);
        assertThat(matcher.match(netflixArticle())).hasSize(51)
                .allSatisfy(match -> assertThat(match.matchedTerms()).containsExactly("netflix", "ai"));
    }

    @Test
    void removingEverySubscriptionLeavesAnEmptyIndex() {
        List<String> queries = List.of("Netflix AI", "\"machine learning\"~3", "strik* -rumor", "title:netflix",
                "(strike OR walkout) hollywood", "con* OR \"black mirror\"", "Netflix AI");
        for (int i = 0; i < queries.size(); i++) {
            matcher.put("s" + i, QueryCompiler.compile(queries.get(i)), null);
        }
        matcher.put("s0", QueryCompiler.compile("Spotify"), null);
        for (int i = 0; i < queries.size(); i++) {
            matcher.remove("s" + i);
        }

        assertThat(indexed().stats()).satisfies(stats -> {
            assertThat(stats.subscriptions()).isZero();
            assertThat(stats.uniqueQueries()).isZero();
            assertThat(stats.anchorKeys()).isZero();
            assertThat(stats.postings()).isZero();
            assertThat(stats.vocabulary()).isZero();
        });
    }

    @Test
    void noQueryIsACandidateForADocumentWithoutItsWords() {
        SubscriptionFilter jobs = new SubscriptionFilter(Set.of(MatchDocument.JOB_POSTING), BigDecimal.TEN, "USD",
                null);
        List<String> queries = List.of("Netflix -zebra", "strik*", "\"machine learning\"~5", "title:netflix",
                "(strike OR walkout) -rumor", "NOT rumor hollywood", "company:netflix", "sag-aftra", "a.i");
        for (int i = 0; i < queries.size(); i++) {
            matcher.put("s" + i, QueryCompiler.compile(queries.get(i)), i % 2 == 0 ? null : jobs);
        }

        MatchDocument unrelated = NewsFixtures.article("zebra", "Zebras graze", "A zebra crossing at noon");
        assertThat(matcher.match(unrelated)).isEmpty();
        assertThat(indexed().stats().candidates()).isZero();
    }

    @Test
    void warmedStatisticsRegisterQueriesUnderTheirRarestTerm() {
        List<MatchDocument> news = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            news.add(NewsFixtures.article("n" + i, "The government spoke", "Government budget talks"));
        }
        indexed().warm(news);
        matcher.put("s", QueryCompiler.compile("government ox"), null);

        matcher.match(NewsFixtures.article("d", "Government", "The government again"));
        assertThat(indexed().stats().candidates()).isZero();
    }

    @Test
    void unknownLongerTermsAreTakenAsRarerWithoutStatistics() {
        matcher.put("s", QueryCompiler.compile("ox government"), null);

        matcher.match(NewsFixtures.article("d", "An ox", "The ox ploughs"));
        assertThat(indexed().stats().candidates()).isZero();
    }

    @Test
    void batchMatchingEqualsMatchingOneByOne() {
        matcher.put("a", QueryCompiler.compile("Netflix"), null);
        matcher.put("b", QueryCompiler.compile("\"Los Gatos\""), null);
        List<MatchDocument> batch = List.of(netflixArticle(), NewsFixtures.netflixJobPosting(),
                NewsFixtures.article("x", "Nothing", "here"));

        assertThat(matcher.match(batch)).containsExactly(matcher.match(batch.get(0)), matcher.match(batch.get(1)),
                matcher.match(batch.get(2)));
    }

    @Test
    void aSubscriptionMovedBetweenQueriesIsNeverSeenHalfMoved() throws Exception {
        CompiledQuery netflix = QueryCompiler.compile("Netflix");
        CompiledQuery strike = QueryCompiler.compile("strike");
        matcher.put("moving", netflix, null);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> moves = writer.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    matcher.put("moving", i % 2 == 0 ? strike : netflix, null);
                    matcher.put("churn-" + i % 100, i % 3 == 0 ? strike : netflix, null);
                }
            });
            while (!moves.isDone()) {
                assertThat(matcher.match(netflixArticle())).extracting(Match::subscriptionId)
                        .containsOnlyOnce("moving");
            }
            moves.get();
        } finally {
            writer.shutdownNow();
        }
        assertThat(indexed().stats().uniqueQueries()).isEqualTo(2);
    }

    @Test
    void aQueryWithoutAPlanIsRunWithLucene() {
        matcher.put("lucene", new CompiledQuery("broken", new FailingQuery()), null);

        assertThat(indexed().stats().luceneQueries()).isEqualTo(1);
        matcher.remove("lucene");
        assertThat(indexed().stats().luceneQueries()).isZero();
    }
}
