package io.newsalerts.matcher;

import java.util.Arrays;

/**
 * The candidate index: for each anchor key, the ids of the plans registered under it. A key is a term or a
 * prefix key (a vocabulary id) in one field, packed into a long by {@link #termKey} and {@link #prefixKey}.
 * Each posting list is an {@code int[]}: element 0 is the number of entries, then one (plan id, filter) pair per
 * entry, where the filter is {@link #filter}{@code (kind, field, id)} of a term or prefix key the plan requires
 * besides the key, or -1. Entries are appended in place and removed by moving the last one into the hole, so
 * order carries no meaning.
 *
 * <p>Changed only under the matcher's write lock. {@link #postings} may run concurrently in an optimistic read:
 * readers bound every loop by array lengths and the matcher discards what they saw if a write intervened.
 */
final class AnchorIndex {

    static final int TERM = 1;
    static final int PREFIX = 2;

    private final Vocabulary vocabulary;
    private long[] keys = new long[1024];
    private int[][] lists = new int[1024][];
    private int size;
    private long postings;

    AnchorIndex(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    static long termKey(int field, int id) {
        return key(TERM, field, id);
    }

    static long prefixKey(int field, int id) {
        return key(PREFIX, field, id);
    }

    static long key(int kind, int field, int id) {
        return (long) kind << 40 | (long) field << 32 | (id & 0xFFFFFFFFL);
    }

    static int kind(long key) {
        return (int) (key >>> 40);
    }

    static int field(long key) {
        return (int) (key >>> 32) & 0xFF;
    }

    static int id(long key) {
        return (int) key;
    }

    /** A filter packed for a posting: vocabulary id, whether it is a prefix key, and field. */
    static int filter(int kind, int field, int id) {
        return id << 5 | (kind == PREFIX ? 16 : 0) | field;
    }

    static boolean filterIsPrefix(int filter) {
        return (filter & 16) != 0;
    }

    static int filterField(int filter) {
        return filter & 15;
    }

    static int filterId(int filter) {
        return filter >>> 5;
    }

    /** The posting list of a key ({@code list[0]} is its entry count), or {@code null}. */
    int[] postings(long key) {
        long[] known = keys;
        int[][] values = lists;
        int mask = known.length - 1;
        int slot = slot(key, mask);
        for (int probes = 0; probes < known.length; probes++) {
            long candidate = known[slot];
            if (candidate == key) {
                return values[slot];
            }
            if (candidate == 0) {
                return null;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    void add(long key, int planId, int filter) {
        int slot = find(key);
        if (slot < 0) {
            if ((size + 1) * 2 > keys.length) {
                rehash(keys.length * 2);
            }
            slot = insert(keys, key);
            lists[slot] = new int[3];
            size++;
            vocabulary.setAnchorBit(id(key), bit(key));
        }
        int[] list = lists[slot];
        int entries = list[0];
        if (1 + 2 * (entries + 1) > list.length) {
            list = Arrays.copyOf(list, 1 + 2 * (entries + 1 + Math.max(1, entries / 2)));
            lists[slot] = list;
        }
        list[1 + 2 * entries] = planId;
        list[2 + 2 * entries] = filter;
        list[0] = entries + 1;
        postings++;
    }

    /** Removes the plan's entry; returns its filter. */
    int remove(long key, int planId) {
        int slot = find(key);
        int[] list = lists[slot];
        int entries = list[0];
        int filter = -1;
        for (int i = 0; i < entries; i++) {
            if (list[1 + 2 * i] == planId) {
                filter = list[2 + 2 * i];
                list[1 + 2 * i] = list[1 + 2 * (entries - 1)];
                list[2 + 2 * i] = list[2 + 2 * (entries - 1)];
                list[0] = entries - 1;
                postings--;
                break;
            }
        }
        if (list[0] == 0) {
            delete(slot);
            vocabulary.clearAnchorBit(id(key), bit(key));
        } else if (list.length > 16 && 1 + 4 * list[0] < list.length) {
            lists[slot] = Arrays.copyOf(list, 1 + 2 * (list[0] + Math.max(1, list[0] / 2)));
        }
        return filter;
    }

    /** How many keys have at least one plan. */
    int keyCount() {
        return size;
    }

    /** How many (key, plan) entries there are. */
    long postingCount() {
        return postings;
    }

    private static int bit(long key) {
        return (kind(key) == TERM ? 0 : 16) + field(key);
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return slot;
            }
        }
        return -1;
    }

    private void delete(int slot) {
        int mask = keys.length - 1;
        int hole = slot;
        for (int next = (hole + 1) & mask; keys[next] != 0; next = (next + 1) & mask) {
            int home = slot(keys[next], mask);
            boolean movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
            if (movable) {
                keys[hole] = keys[next];
                lists[hole] = lists[next];
                hole = next;
            }
        }
        keys[hole] = 0;
        lists[hole] = null;
        size--;
    }

    private void rehash(int capacity) {
        long[] newKeys = new long[capacity];
        int[][] newLists = new int[capacity][];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                newLists[insert(newKeys, keys[i])] = lists[i];
            }
        }
        lists = newLists;
        keys = newKeys;
    }

    private static int insert(long[] table, long key) {
        int mask = table.length - 1;
        int slot = slot(key, mask);
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = key;
        return slot;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}
