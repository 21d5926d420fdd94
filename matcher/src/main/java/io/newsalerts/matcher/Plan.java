package io.newsalerts.matcher;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

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
        if (current == null) {
            subscribers = subscriptionId;
        } else if (current instanceof String single) {
            subscribers = new String[] {single, subscriptionId};
        } else {
            String[] several = (String[]) current;
            String[] more = Arrays.copyOf(several, several.length + 1);
            more[several.length] = subscriptionId;
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
        String[] fewer = new String[several.length - 1];
        System.arraycopy(several, 0, fewer, 0, at);
        System.arraycopy(several, at + 1, fewer, at, several.length - at - 1);
        subscribers = fewer.length == 1 ? fewer[0] : fewer;
        return true;
    }

    int subscriberCount() {
        Object current = subscribers;
        return current == null ? 0 : current instanceof String ? 1 : ((String[]) current).length;
    }

    void forEachSubscriber(Consumer<String> consumer) {
        Object current = subscribers;
        if (current instanceof String single) {
            consumer.accept(single);
        } else if (current != null) {
            for (String subscriptionId : (String[]) current) {
                consumer.accept(subscriptionId);
            }
        }
    }
}
