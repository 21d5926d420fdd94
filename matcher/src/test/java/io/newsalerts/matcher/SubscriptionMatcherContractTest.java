package io.newsalerts.matcher;

import static io.newsalerts.matcher.NewsFixtures.netflixArticle;
import static io.newsalerts.matcher.NewsFixtures.netflixJobPosting;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link SubscriptionMatcher} must do; each implementation's test extends this class. */
abstract class SubscriptionMatcherContractTest {

    protected SubscriptionMatcher matcher;

    /** A new, empty matcher of the implementation under test. */
    protected abstract SubscriptionMatcher newMatcher();

    @BeforeEach
    void createMatcher() {
        matcher = newMatcher();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Netflix AI", "SAG strike", "\"machine learning platform\"", "strik*",
        "\"SAG strike\"~5", "title:Netflix", "\"Netflix Black Mirror\"", "strike OR walkout",
        "Netflix NOT rumor", "(walkout OR strike) AND Hollywood", "source:Gizmodo", "author:hurler"})
    void articleMatches(String query) {
        assertThat(matches(query, netflixArticle())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"SAG strike\"", "Netflix -strike", "Spotify AI", "Netflix NOT strike",
        "company:Netflix", "title:strike", "\"Netflix hiring\"~0", "stri* -strik*"})
    void articleDoesNotMatch(String query) {
        assertThat(matches(query, netflixArticle())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"machine learning platform\"", "company:Netflix", "Netflix",
        "location:California", "\"Los Gatos\"", "title:manager"})
    void jobPostingMatchesWithTypeAndSalaryFilter(String query) {
        SubscriptionFilter filter = new SubscriptionFilter(
                Set.of(MatchDocument.JOB_POSTING), new BigDecimal("300000"), "USD", null);
        assertThat(matches(query, filter, netflixJobPosting())).isTrue();
    }

    @Test
    void jobPostingBelowMinimumSalaryDoesNotMatch() {
        SubscriptionFilter filter = new SubscriptionFilter(Set.of(), new BigDecimal("1000000"), "USD", null);
        assertThat(matches("Netflix", filter, netflixJobPosting())).isFalse();
    }

    @Test
    void minimumSalaryInAnotherCurrencyDoesNotMatch() {
        SubscriptionFilter filter = new SubscriptionFilter(Set.of(), new BigDecimal("300000"), "EUR", null);
        assertThat(matches("Netflix", filter, netflixJobPosting())).isFalse();
    }

    @Test
    void minimumSalaryCurrencyIgnoresCase() {
        SubscriptionFilter filter = new SubscriptionFilter(Set.of(), new BigDecimal("900000"), "usd", null);
        assertThat(matches("Netflix", filter, netflixJobPosting())).isTrue();
    }

    @Test
    void minimumSalaryNeverMatchesAnArticle() {
        SubscriptionFilter filter = new SubscriptionFilter(Set.of(), BigDecimal.ONE, "USD", null);
        assertThat(matches("Netflix", filter, netflixArticle())).isFalse();
    }

    @Test
    void jobPostingHasNoSourceField() {
        assertThat(matches("source:Netflix", netflixJobPosting())).isFalse();
    }

    @Test
    void accentsAreFolded() {
        MatchDocument withAccent = NewsFixtures.article("a1", "Café workers walk out", null);
        MatchDocument without = NewsFixtures.article("a2", "Cafe workers walk out", null);
        assertThat(matches("cafe", withAccent)).isTrue();
        assertThat(matches("café", without)).isTrue();
        assertThat(matches("CAFÉ*", without)).isTrue();
    }

    @Test
    void possessivesWithStraightAndCurlyApostrophesMatchTheName() {
        MatchDocument straight = NewsFixtures.article("a1", "Apple's studio signs a deal", null);
        MatchDocument curly = NewsFixtures.article("a2", "Apple’s studio signs a deal", null);
        MatchDocument plain = NewsFixtures.article("a3", "Apple studio signs a deal", null);
        assertThat(matches("apple", straight)).isTrue();
        assertThat(matches("apple", curly)).isTrue();
        assertThat(matches("Apple’s", plain)).isTrue();
        assertThat(matches("\"Apple's studio\"", curly)).isTrue();
    }

    @Test
    void pluralsMatchSingulars() {
        MatchDocument plural = NewsFixtures.article("a1", "Strikes spread to video game studios", null);
        MatchDocument singular = NewsFixtures.article("a2", "A strike at one studio", null);
        assertThat(matches("strike studio", plural)).isTrue();
        assertThat(matches("strikes studios", singular)).isTrue();
    }

    @Test
    void phraseNeverSpansTwoFields() {
        MatchDocument article = NewsFixtures.article("a1", "Writers return to Hollywood", "Strike talks resume");
        assertThat(matches("Hollywood strike", article)).isTrue();
        assertThat(matches("\"Hollywood strike\"", article)).isFalse();
        assertThat(matches("\"Hollywood strike\"~1000", article)).isFalse();
    }

    @Test
    void fieldQueryOnlySearchesThatField() {
        MatchDocument article = NewsFixtures.article("a1", "Writers return", "Netflix signs the deal");
        assertThat(matches("body:Netflix", article)).isTrue();
        assertThat(matches("title:Netflix", article)).isFalse();
    }

    @Test
    void putReplacesAndRemoveDeletes() {
        matcher.put("s1", QueryCompiler.compile("Spotify"), SubscriptionFilter.none());
        assertThat(matcher.match(netflixArticle())).isEmpty();

        matcher.put("s1", QueryCompiler.compile("Netflix"), SubscriptionFilter.none());
        assertThat(matcher.size()).isEqualTo(1);
        assertThat(matcher.match(netflixArticle())).extracting(Match::subscriptionId).containsExactly("s1");

        matcher.remove("s1");
        matcher.remove("never-stored");
        assertThat(matcher.size()).isZero();
        assertThat(matcher.match(netflixArticle())).isEmpty();
    }

    @Test
    void matchesComeSortedBySubscriptionId() {
        for (String id : List.of("c", "a", "d", "b")) {
            matcher.put(id, QueryCompiler.compile("Netflix"), null);
        }
        assertThat(matcher.match(netflixArticle())).extracting(Match::subscriptionId)
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void typesFilterKeepsOtherTypesOut() {
        SubscriptionFilter articlesOnly = new SubscriptionFilter(Set.of(MatchDocument.ARTICLE), null, null, null);
        assertThat(matches("Netflix", articlesOnly, netflixArticle())).isTrue();
        assertThat(matches("Netflix", articlesOnly, netflixJobPosting())).isFalse();
    }

    @Test
    void languageFilterIgnoresCaseAndRejectsOtherOrMissingLanguages() {
        assertThat(matches("Netflix", new SubscriptionFilter(null, null, null, "EN"), netflixArticle())).isTrue();
        assertThat(matches("Netflix", new SubscriptionFilter(null, null, null, "de"), netflixArticle())).isFalse();
        assertThat(matches("Netflix", new SubscriptionFilter(null, null, null, "en"), netflixJobPosting()))
                .isFalse();
    }

    @Test
    void matchedTermsAreAnalyzedDistinctAndInQueryOrder() {
        assertThat(onlyMatch("Netflix AI netflix's").matchedTerms()).containsExactly("netflix", "ai");
        assertThat(onlyMatch("AI Netflix").matchedTerms()).containsExactly("ai", "netflix");
    }

    @Test
    void matchedTermsLeaveOutNegatedAndAbsentTerms() {
        assertThat(onlyMatch("(Spotify OR Netflix) -rumor").matchedTerms()).containsExactly("netflix");
    }

    @Test
    void matchedTermsOfPhrasesAndPrefixesAreTheDocumentTerms() {
        assertThat(onlyMatch("\"SAG strike\"~5").matchedTerms()).containsExactly("sag", "strike");
        assertThat(onlyMatch("writ*").matchedTerms()).containsExactly("writer");
    }

    @Test
    void snippetOfATitleMatchIsTheTitle() {
        assertThat(onlyMatch("Netflix AI").snippet()).isEqualTo(NewsFixtures.ARTICLE_TITLE);
    }

    @Test
    void snippetIsTakenAroundTheFirstOccurrenceInFieldOrder() {
        String snippet = onlyMatch("aftra").snippet();
        assertThat(snippet).contains("SAG-AFTRA").startsWith(Snippets.ELLIPSIS).endsWith(Snippets.ELLIPSIS);
        assertThat(snippet.length()).isLessThanOrEqualTo(Snippets.MAX_LENGTH + 2);
        String words = snippet.substring(1, snippet.length() - 1);
        assertThat(netflixArticle().field(NewsFields.BODY)).contains(" " + words + " ");
    }

    @Test
    void snippetFallsBackToTheDescriptionWhenOnlyTheCompanyMatched() {
        matcher.put("subscription", QueryCompiler.compile("company:Netflix"), SubscriptionFilter.none());
        assertThat(matcher.match(netflixJobPosting())).singleElement()
                .satisfies(match -> assertThat(match.snippet()).startsWith("Lead the roadmap"))
                .satisfies(match -> assertThat(match.matchedTerms()).containsExactly("netflix"));
    }

    @Test
    void subscriptionsChangeWhileOtherThreadsMatch() throws Exception {
        matcher.put("stable", QueryCompiler.compile("Netflix"), null);
        CompiledQuery churnQuery = QueryCompiler.compile("strike");
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> churn = writer.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    matcher.put("churn-" + i, churnQuery, null);
                    matcher.remove("churn-" + (i - 1));
                }
            });
            while (!churn.isDone()) {
                assertThat(matcher.match(netflixArticle())).extracting(Match::subscriptionId).contains("stable");
            }
            churn.get();
        } finally {
            writer.shutdownNow();
        }
        assertThat(matcher.size()).isEqualTo(2);
    }

    @Test
    void failingSubscriptionIsCountedAndDoesNotStopTheOthers() {
        matcher.put("a-broken", new CompiledQuery("broken", new FailingQuery()), null);
        matcher.put("b-fine", QueryCompiler.compile("Netflix"), null);

        assertThat(matcher.match(netflixArticle())).extracting(Match::subscriptionId).containsExactly("b-fine");
        assertThat(matcher.evaluationFailures()).isEqualTo(1);
    }

    private boolean matches(String query, MatchDocument document) {
        return matches(query, SubscriptionFilter.none(), document);
    }

    private boolean matches(String query, SubscriptionFilter filter, MatchDocument document) {
        matcher.put("subscription", QueryCompiler.compile(query), filter);
        return matcher.match(document).stream().anyMatch(match -> match.subscriptionId().equals("subscription"));
    }

    private Match onlyMatch(String query) {
        matcher.put("subscription", QueryCompiler.compile(query), SubscriptionFilter.none());
        List<Match> matches = matcher.match(netflixArticle());
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }
}
