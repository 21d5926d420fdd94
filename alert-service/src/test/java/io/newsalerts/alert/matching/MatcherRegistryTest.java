package io.newsalerts.alert.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.contract.EventType;
import io.newsalerts.matcher.Match;
import io.newsalerts.matcher.MatchDocument;
import io.newsalerts.matcher.YearlySalary;

/**
 * The live subscriptions of a replica: matching, owners and collapse, versions, removal, and the wait for the first
 * load.
 */
class MatcherRegistryTest {

    private static final Instant V1 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant V2 = V1.plusSeconds(60);

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final MatcherRegistry registry = new MatcherRegistry(metrics);

    @Test
    void aSubscriptionPutIsMatchedAndKnowsItsOwner() {
        registry.put(subscription("sub-1", "owner-1", "Netflix AI", V1));
        registry.put(subscription("sub-2", "owner-2", "\"SAG strike\"~5", V1));

        List<Match> matches = registry.match(article("a-1", "Netflix bets on AI"));

        assertThat(matches).extracting(Match::subscriptionId).containsExactly("sub-1");
        assertThat(matches.get(0).matchedTerms()).containsExactly("netflix", "ai");
        assertThat(registry.owner("sub-1")).isEqualTo("owner-1");
        assertThat(registry.owner("sub-2")).isEqualTo("owner-2");
        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    void aSubscriptionCollapsesStoriesUnlessItSaysNoneAndANewVersionChangesThat() {
        registry.put(subscription("sub-1", "owner-1", "Netflix", V1));
        SubscriptionEntity everyArticle = subscription("sub-2", "owner-2", "Netflix", V1);
        everyArticle.collapse = SubscriptionEntity.COLLAPSE_NONE;
        registry.put(everyArticle);

        assertThat(registry.live("sub-1")).isEqualTo(new MatcherRegistry.Live("owner-1", true, V1));
        assertThat(registry.live("sub-2").collapsesStories()).isFalse();

        SubscriptionEntity changed = subscription("sub-2", "owner-2", "Netflix", V2);
        registry.put(changed);
        assertThat(registry.live("sub-2").collapsesStories()).isTrue();
        assertThat(registry.live("sub-3")).isNull();
    }

    @Test
    void aVersionAlreadyHeldIsKeptAndANewerOneReplacesIt() {
        registry.put(subscription("sub-1", "owner-1", "Netflix", V1));

        registry.put(subscription("sub-1", "owner-1", "Spotify", V1));
        assertThat(registry.match(article("a-1", "Netflix news"))).as("the same version is not compiled again")
                .hasSize(1);

        registry.put(subscription("sub-1", "owner-1", "Spotify", V2));
        assertThat(registry.match(article("a-1", "Netflix news"))).isEmpty();
        assertThat(registry.match(article("a-2", "Spotify news"))).extracting(Match::subscriptionId)
                .containsExactly("sub-1");
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void aRemovedSubscriptionNoLongerMatchesAndHasNoOwner() {
        registry.put(subscription("sub-1", "owner-1", "Netflix", V1));

        registry.remove("sub-1");

        assertThat(registry.match(article("a-1", "Netflix news"))).isEmpty();
        assertThat(registry.owner("sub-1")).isNull();
        assertThat(registry.size()).isZero();
    }

    @Test
    void theStoredFiltersApply() {
        SubscriptionEntity postingsOnly = subscription("sub-1", "owner-1", "Netflix", V1);
        postingsOnly.types = "job-posting";
        postingsOnly.minSalaryAmount = new BigDecimal("300000");
        postingsOnly.minSalaryCurrency = "USD";
        registry.put(postingsOnly);

        assertThat(registry.match(article("a-1", "Netflix news"))).isEmpty();
        assertThat(registry.match(posting("p-1", "Netflix PM", "900000"))).hasSize(1);
        assertThat(registry.match(posting("p-2", "Netflix PM", "100000"))).isEmpty();
    }

    @Test
    void aBatchIsMatchedEventByEventInOrder() {
        registry.put(subscription("sub-1", "owner-1", "Netflix", V1));
        registry.put(subscription("sub-2", "owner-1", "strike", V1));

        List<List<Match>> matches = registry.match(List.of(article("a-1", "strike talks"), article("a-2", "weather"),
                article("a-3", "Netflix and the strike")));

        assertThat(matches).hasSize(3);
        assertThat(matches.get(0)).extracting(Match::subscriptionId).containsExactly("sub-2");
        assertThat(matches.get(1)).isEmpty();
        assertThat(matches.get(2)).extracting(Match::subscriptionId).containsExactlyInAnyOrder("sub-1", "sub-2");
    }

    @Test
    void theNumberOfLiveSubscriptionsIsAGauge() {
        registry.put(subscription("sub-1", "owner-1", "Netflix", V1));
        registry.put(subscription("sub-2", "owner-1", "strike", V1));
        registry.remove("sub-1");

        assertThat(metrics.get("newsalerts.alerts.subscriptions").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void eventsWaitUntilTheStoredSubscriptionsAreLoaded() {
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                registry.awaitLoaded();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());
        registry.markLoaded();

        await().atMost(Duration.ofSeconds(5)).until(waiting::isDone);
        assertThat(waiting).isCompleted();
    }

    private static SubscriptionEntity subscription(String id, String owner, String query, Instant version) {
        SubscriptionEntity subscription = new SubscriptionEntity();
        subscription.id = id;
        subscription.subscriberId = owner;
        subscription.query = query;
        subscription.createdAt = V1;
        subscription.updatedAt = version;
        return subscription;
    }

    private static IncomingEvent article(String id, String title) {
        return new IncomingEvent(EventType.ARTICLE, id, title, "https://news.example.org/" + id, null, id, null,
                MatchDocument.article(id, title, null, null, null, null, null));
    }

    private static IncomingEvent posting(String id, String title, String yearly) {
        return new IncomingEvent(EventType.JOB_POSTING, id, title, "https://jobs.example.org/" + id, null, null,
                null, MatchDocument.jobPosting(id, title, null, null, null, new YearlySalary(new BigDecimal(yearly), "USD")));
    }
}
