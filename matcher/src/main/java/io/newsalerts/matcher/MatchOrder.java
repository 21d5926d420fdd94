package io.newsalerts.matcher;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts matches by subscription id, as {@link SubscriptionMatcher#match} promises. With a million subscriptions a
 * document has hundreds of matches, and a comparator that follows three references per comparison spends its time
 * waiting for memory; so the first three chars of each id ({@link #key}, computed when the subscription is stored)
 * are packed with the match's index into a long, the longs are sorted as primitives, and only runs that share
 * those chars are sorted again by full id.
 */
final class MatchOrder {

    private static final int MAX_INDEXED = 1 << 16;
    private static final Comparator<Match> BY_ID = Comparator.comparing(Match::subscriptionId);

    private MatchOrder() {
    }

    /** Sorts matches whose keys are unknown. */
    static List<Match> sorted(List<Match> matches) {
        long[] keys = new long[matches.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(matches.get(i).subscriptionId());
        }
        return sorted(matches, keys);
    }

    /** Sorts matches given each one's {@link #key}, in the same order; {@code keys} is overwritten. */
    static List<Match> sorted(List<Match> matches, long[] keys) {
        int size = matches.size();
        if (size < 2) {
            return matches;
        }
        if (size > MAX_INDEXED) {
            matches.sort(BY_ID);
            return matches;
        }
        for (int i = 0; i < size; i++) {
            keys[i] = (keys[i] << 16 | i) ^ Long.MIN_VALUE;
        }
        Arrays.sort(keys);
        Match[] ordered = new Match[size];
        for (int i = 0; i < size; i++) {
            ordered[i] = matches.get((int) (keys[i] & 0xFFFF));
        }
        for (int start = 0; start < size;) {
            int end = start + 1;
            while (end < size && (keys[end] >>> 16) == (keys[start] >>> 16)) {
                end++;
            }
            if (end - start > 1) {
                Arrays.sort(ordered, start, end, BY_ID);
            }
            start = end;
        }
        return Arrays.asList(ordered);
    }

    /**
     * The first three chars, 16 bits each, high first; a missing char counts as 0. Different keys order as the
     * ids do; ids with equal keys (including "a" and "a\u0000") are sorted again by full id.
     */
    static long key(String id) {
        long key = 0;
        for (int i = 0; i < 3; i++) {
            key = key << 16 | (i < id.length() ? id.charAt(i) : 0);
        }
        return key;
    }
}
