package io.newsalerts.matcher;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference matcher: analyzes each document once into a {@link DocumentIndex} and runs every stored
 * subscription's query against it. Cost grows with the number of subscriptions; correct by construction.
 */
public final class NaiveMatcher implements SubscriptionMatcher {

    private static final System.Logger LOG = System.getLogger(NaiveMatcher.class.getName());

    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final AtomicLong evaluationFailures = new AtomicLong();

    @Override
    public void put(String subscriptionId, CompiledQuery query, SubscriptionFilter filter) {
        subscriptions.put(subscriptionId, new Subscription(subscriptionId, query, filter));
    }

    @Override
    public void remove(String subscriptionId) {
        subscriptions.remove(Objects.requireNonNull(subscriptionId, "subscriptionId"));
    }

    @Override
    public int size() {
        return subscriptions.size();
    }

    @Override
    public List<Match> match(MatchDocument document) {
        DocumentIndex index = DocumentIndex.of(document);
        List<Match> matches = new ArrayList<>();
        for (Subscription subscription : subscriptions.values()) {
            if (subscription.filter().accepts(document)) {
                evaluate(subscription, index, matches);
            }
        }
        matches.sort(Comparator.comparing(Match::subscriptionId));
        return matches;
    }

    @Override
    public long evaluationFailures() {
        return evaluationFailures.get();
    }

    /** Adds the subscription's match, if any; a failure is logged and counted, never thrown. */
    private void evaluate(Subscription subscription, DocumentIndex index, List<Match> matches) {
        try {
            LuceneMatch.of(subscription, index).ifPresent(matches::add);
        } catch (Exception e) {
            evaluationFailures.incrementAndGet();
            LOG.log(Level.WARNING, () -> "Subscription " + subscription.id() + " failed on document "
                    + index.document().id() + ": " + e, e);
        }
    }
}
