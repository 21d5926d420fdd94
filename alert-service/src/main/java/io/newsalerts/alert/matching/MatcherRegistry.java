package io.newsalerts.alert.matching;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.matcher.Match;
import io.newsalerts.matcher.NaiveMatcher;
import io.newsalerts.matcher.SubscriptionMatcher;

/**
 * The live set of subscriptions this replica matches events against, with each subscription's owner.
 * Kept in step with the database by {@link SubscriptionSync}.
 */
@ApplicationScoped
public class MatcherRegistry {

    private final SubscriptionMatcher matcher = new NaiveMatcher();
    private final Map<String, String> ownerBySubscription = new ConcurrentHashMap<>();
    private final CountDownLatch loaded = new CountDownLatch(1);

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

    /** Adds or replaces a stored subscription; its query was validated when it was stored. */
    public void put(SubscriptionEntity subscription) {
        matcher.put(subscription.id, SubscriptionQueries.compile(subscription), SubscriptionQueries.filter(subscription));
        ownerBySubscription.put(subscription.id, subscription.subscriberId);
    }

    public void remove(String subscriptionId) {
        matcher.remove(subscriptionId);
        ownerBySubscription.remove(subscriptionId);
    }

    public List<Match> match(IncomingEvent event) {
        return matcher.match(event.document());
    }

    /** The owner of a live subscription, or {@code null} if it was removed meanwhile. */
    public String owner(String subscriptionId) {
        return ownerBySubscription.get(subscriptionId);
    }

    public int size() {
        return matcher.size();
    }
}
