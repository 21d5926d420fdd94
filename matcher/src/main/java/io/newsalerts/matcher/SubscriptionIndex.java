package io.newsalerts.matcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The indexed matcher's state: vocabulary, stored plans, anchor postings, which plan each subscription uses,
 * and the few subscriptions whose query could not be planned. Every method that changes it must run under the
 * matcher's write lock; the fields matchers read ({@link #vocabulary}, {@link #anchors}, {@link #plans},
 * {@link #fallbacks()}, {@link #shortPrefixLengths()}) may be read in an optimistic read.
 */
final class SubscriptionIndex {

    final Vocabulary vocabulary = new Vocabulary();
    final AnchorIndex anchors = new AnchorIndex(vocabulary);
    final PlanTable plans = new PlanTable();

    private final Map<String, Plan> planBySubscription = new HashMap<>();
    private final Map<String, Subscription> fallbackBySubscription = new HashMap<>();
    private Subscription[] fallbacks = new Subscription[0];
    /** Anchors by prefix key length in code points, for the rare prefix normalized to under the key length. */
    private final int[] prefixAnchorsByLength = new int[IndexedMatcher.PREFIX_KEY_LENGTH + 1];
    private int shortPrefixLengths;
    private long prefixAnchors;
    private long prefixNodes;

    /** Stores a subscription with a planned query, replacing whatever it had before. */
    void put(String subscriptionId, PlanTemplate template, List<AnchorChoice.Anchor> anchorChoice,
            SubscriptionFilter filter) {
        Plan plan = findOrCreate(template, anchorChoice, filter);
        Plan previous = planBySubscription.put(subscriptionId, plan);
        if (previous == plan) {
            return;
        }
        removeFallback(subscriptionId);
        if (previous != null) {
            detach(previous, subscriptionId);
        }
        plan.addSubscriber(subscriptionId);
    }

    /** Stores a subscription whose query is run with Lucene, replacing whatever it had before. */
    void putFallback(Subscription subscription) {
        Plan previous = planBySubscription.remove(subscription.id());
        if (previous != null) {
            detach(previous, subscription.id());
        }
        fallbackBySubscription.put(subscription.id(), subscription);
        fallbacks = fallbackBySubscription.values().toArray(new Subscription[0]);
    }

    void remove(String subscriptionId) {
        Plan plan = planBySubscription.remove(subscriptionId);
        if (plan != null) {
            detach(plan, subscriptionId);
        } else {
            removeFallback(subscriptionId);
        }
    }

    int size() {
        return planBySubscription.size() + fallbackBySubscription.size();
    }

    Subscription[] fallbacks() {
        return fallbacks;
    }

    /** Whether any prefix anchor exists. */
    boolean hasPrefixAnchors() {
        return prefixAnchors > 0;
    }

    /** Whether any stored plan has a prefix, so documents need their terms' prefix keys resolved. */
    boolean hasPrefixes() {
        return prefixNodes > 0;
    }

    /** Bit {@code n} is set when some prefix anchor key is only {@code n} code points long (n below the key length). */
    int shortPrefixLengths() {
        return shortPrefixLengths;
    }

    private Plan findOrCreate(PlanTemplate template, List<AnchorChoice.Anchor> anchorChoice,
            SubscriptionFilter filter) {
        List<String> strings = template.strings();
        int[] ids = new int[strings.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.acquire(strings.get(i));
        }
        int[] code = PlanCode.bind(template.code(), ids);
        Plan existing = plans.find(code, filter);
        if (existing != null) {
            for (int id : ids) {
                vocabulary.release(id);
            }
            return existing;
        }
        long[] keys = new long[anchorChoice.size()];
        int[] filters = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            AnchorChoice.Anchor anchor = anchorChoice.get(i);
            keys[i] = AnchorIndex.key(anchor.kind(), anchor.field(), vocabulary.acquire(anchor.text()));
            filters[i] = anchor.filterKind() == 0 ? -1 : AnchorIndex.filter(anchor.filterKind(), anchor.filterField(),
                    vocabulary.acquire(anchor.filterText()));
        }
        Plan plan = new Plan(plans.allocateId(), code, filter, keys);
        plans.add(plan);
        prefixNodes += PlanCode.count(code, PlanCode.PREFIX);
        for (int i = 0; i < keys.length; i++) {
            anchors.add(keys[i], plan.id, filters[i]);
            countPrefixAnchor(keys[i], 1);
        }
        return plan;
    }

    private void detach(Plan plan, String subscriptionId) {
        if (plan.removeSubscriber(subscriptionId)) {
            return;
        }
        for (long key : plan.anchors) {
            countPrefixAnchor(key, -1);
            int anchorFilter = anchors.remove(key, plan.id);
            vocabulary.release(AnchorIndex.id(key));
            if (anchorFilter >= 0) {
                vocabulary.release(AnchorIndex.filterId(anchorFilter));
            }
        }
        plans.remove(plan);
        prefixNodes -= PlanCode.count(plan.code, PlanCode.PREFIX);
        IntList released = new IntList(8);
        PlanCode.forEachString(plan.code, id -> {
            for (int i = 0; i < released.size(); i++) {
                if (released.get(i) == id) {
                    return;
                }
            }
            released.add(id);
            vocabulary.release(id);
        });
    }

    private void countPrefixAnchor(long key, int delta) {
        if (AnchorIndex.kind(key) != AnchorIndex.PREFIX) {
            return;
        }
        prefixAnchors += delta;
        String text = vocabulary.string(AnchorIndex.id(key));
        int length = text.codePointCount(0, text.length());
        if (length < IndexedMatcher.PREFIX_KEY_LENGTH) {
            prefixAnchorsByLength[length] += delta;
            shortPrefixLengths = 0;
            for (int n = 1; n < IndexedMatcher.PREFIX_KEY_LENGTH; n++) {
                shortPrefixLengths |= prefixAnchorsByLength[n] > 0 ? 1 << n : 0;
            }
        }
    }

    private void removeFallback(String subscriptionId) {
        if (fallbackBySubscription.remove(subscriptionId) != null) {
            fallbacks = fallbackBySubscription.values().toArray(new Subscription[0]);
        }
    }
}
