package io.newsalerts.alert.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.matcher.Match;
import io.newsalerts.matcher.CompiledQuery;
import io.newsalerts.matcher.IndexedMatcher;
import io.newsalerts.matcher.SubscriptionMatcher;

/**
 * The live set of subscriptions this replica matches events against, with each subscription's owner.
 * Kept in step with the database by {@link SubscriptionSync}.
 */
@ApplicationScoped
public class MatcherRegistry {

    private final SubscriptionMatcher matcher = new IndexedMatcher();
    private final Map<String, Live> live = new ConcurrentHashMap<>();
    private final CountDownLatch loaded = new CountDownLatch(1);

    MatcherRegistry(MeterRegistry metrics) {
        Gauge.builder("newsalerts.alerts.subscriptions", matcher, SubscriptionMatcher::size)
                .description("Subscriptions this replica matches events against").register(metrics);
    }

    /** Called once every stored subscription has been put: from then on, events may be matched. */
    void markLoaded() {
        loaded.countDown();
    }

    /**
     * Waits until the stored subscriptions are loaded. The Kafka consumer starts with the application, perhaps
     * before the load has finished; an event matched against a half-loaded set would lose its alerts for good.
     */
    public void awaitLoaded() throws InterruptedException {
        loaded.await();
    }

    /**
     * What this replica holds of a live subscription besides its query: its owner, whether it alerts once per story,
     * and the version it matches.
     */
    public record Live(String owner, boolean collapsesStories, Instant updatedAt) {
    }

    /**
     * Adds or replaces a stored subscription (its query was validated when it was stored); a version this
     * replica already holds is left as it is, so following the change log costs nothing for its own changes.
     */
    public void put(SubscriptionEntity subscription) {
        Live current = live.get(subscription.id);
        if (current == null || !current.updatedAt().equals(subscription.updatedAt)) {
            put(subscription, SubscriptionQueries.compile(subscription));
        }
    }

    /** As {@link #put(SubscriptionEntity)}, with the query already compiled. */
    public void put(SubscriptionEntity subscription, CompiledQuery query) {
        matcher.put(subscription.id, query, SubscriptionQueries.filter(subscription));
        live.put(subscription.id, new Live(subscription.subscriberId, subscription.collapsesStories(),
                subscription.updatedAt));
    }

    public void remove(String subscriptionId) {
        matcher.remove(subscriptionId);
        live.remove(subscriptionId);
    }

    public List<Match> match(IncomingEvent event) {
        return matcher.match(event.document());
    }

    /** The matches of each event, in the events' order (the matcher shares work across the batch). */
    public List<List<Match>> match(List<IncomingEvent> events) {
        return matcher.match(events.stream().map(IncomingEvent::document).toList());
    }

    /** A live subscription's owner and settings, or {@code null} if it was removed meanwhile. */
    public Live live(String subscriptionId) {
        return live.get(subscriptionId);
    }

    /** The owner of a live subscription, or {@code null} if it was removed meanwhile. */
    public String owner(String subscriptionId) {
        Live current = live.get(subscriptionId);
        return current == null ? null : current.owner();
    }

    public int size() {
        return matcher.size();
    }
}
