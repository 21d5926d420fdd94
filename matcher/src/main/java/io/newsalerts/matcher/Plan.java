package io.newsalerts.matcher;

import java.util.Arrays;
import java.util.Objects;

/**
 * One stored query: its compiled code (vocabulary ids), its structured filter ({@code null} for none), the anchor
 * keys it is registered under and the subscriptions that share it. Everything but the subscribers is final; the
 * subscribers are replaced, never changed in place, under the matcher's write lock.
 */
final class Plan {

    final int id;
    final int hash;
    final int[] code;
    final SubscriptionFilter filter;
    final long[] anchors;

    /** The one subscription id (a String) or several (a String[]), to save an array for the common case. */
    private Object subscribers;
    /** {@link MatchOrder#key} of the one subscriber, or of each of several (a long[]): sorting needs no id. */
    private long singleKey;
    private long[] severalKeys;

    Plan(int id, int[] code, SubscriptionFilter filter, long[] anchors) {
        this.id = id;
        this.hash = hash(code, filter);
        this.code = code;
        this.filter = filter;
        this.anchors = anchors;
    }

    static int hash(int[] code, SubscriptionFilter filter) {
        return Arrays.hashCode(code) * 31 + (filter == null ? 0 : filter.hashCode());
    }

    boolean sameQuery(int[] otherCode, SubscriptionFilter otherFilter) {
        return Arrays.equals(code, otherCode) && Objects.equals(filter, otherFilter);
    }

    void addSubscriber(String subscriptionId) {
        Object current = subscribers;
        long key = MatchOrder.key(subscriptionId);
        if (current == null) {
            singleKey = key;
            subscribers = subscriptionId;
        } else if (current instanceof String single) {
            severalKeys = new long[] {singleKey, key};
            subscribers = new String[] {single, subscriptionId};
        } else {
            String[] several = (String[]) current;
            String[] more = Arrays.copyOf(several, several.length + 1);
            more[several.length] = subscriptionId;
            long[] moreKeys = Arrays.copyOf(severalKeys, several.length + 1);
            moreKeys[several.length] = key;
            severalKeys = moreKeys;
            subscribers = more;
        }
    }

    /** Removes a subscriber; returns whether any remain. */
    boolean removeSubscriber(String subscriptionId) {
        Object current = subscribers;
        if (current instanceof String) {
            subscribers = null;
            return false;
        }
        String[] several = (String[]) current;
        int at = Arrays.asList(several).indexOf(subscriptionId);
        if (several.length == 2) {
            singleKey = severalKeys[1 - at];
            severalKeys = null;
            subscribers = several[1 - at];
            return true;
        }
        String[] fewer = new String[several.length - 1];
        long[] fewerKeys = new long[several.length - 1];
        System.arraycopy(several, 0, fewer, 0, at);
        System.arraycopy(several, at + 1, fewer, at, several.length - at - 1);
        System.arraycopy(severalKeys, 0, fewerKeys, 0, at);
        System.arraycopy(severalKeys, at + 1, fewerKeys, at, several.length - at - 1);
        severalKeys = fewerKeys;
        subscribers = fewer;
        return true;
    }

    int subscriberCount() {
        Object current = subscribers;
        return current == null ? 0 : current instanceof String ? 1 : ((String[]) current).length;
    }

    /** Calls the consumer with each subscriber and its sort key. */
    void forEachSubscriber(SubscriberConsumer consumer) {
        Object current = subscribers;
        if (current instanceof String single) {
            consumer.accept(single, singleKey);
        } else if (current != null) {
            String[] several = (String[]) current;
            long[] keys = severalKeys;
            for (int i = 0; i < several.length && i < keys.length; i++) {
                consumer.accept(several[i], keys[i]);
            }
        }
    }

    /** Receives a subscription id with its sort key. */
    @FunctionalInterface
    interface SubscriberConsumer {
        void accept(String subscriptionId, long sortKey);
    }
}
