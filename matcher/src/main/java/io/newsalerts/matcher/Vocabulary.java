package io.newsalerts.matcher;

import java.util.Arrays;

/**
 * The strings stored plans refer to (analyzed terms, normalized prefixes, prefix keys) and their int ids, with a
 * reference count each, so that a string no plan uses any more is forgotten and its id reused. Per id it also
 * keeps a mask of the anchor keys that exist for it: bit {@code f} for a term anchor in field {@code f}, bit
 * {@code 16 + f} for a prefix anchor, so that a document term with no anchor costs one lookup.
 *
 * <p>Open addressing with linear probing and backward-shift deletion. Changes happen under the matcher's write
 * lock; {@link #find} may run concurrently with them in an optimistic read, where it can return a wrong answer
 * or throw, but never loop forever: every probe sequence is bounded by the table length.
 */
final class Vocabulary {

    private int[] table = new int[1024];
    private String[] strings = new String[512];
    private int[] hashes = new int[512];
    private int[] references = new int[512];
    private int[] anchorMasks = new int[512];
    private int[] freeIds = new int[64];
    private int freeCount;
    private int nextId;
    private int size;

    /** The id of this string, or -1. */
    int find(String text) {
        return find(text, text.length(), text.hashCode());
    }

    /** The id of the first {@code length} chars of {@code text}, whose {@link Prefixes#hash} is {@code hash}. */
    int find(CharSequence text, int length, int hash) {
        int[] slots = table;
        String[] known = strings;
        int[] knownHashes = hashes;
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        for (int probes = 0; probes < slots.length; probes++) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            int id = entry - 1;
            if (knownHashes[id] == hash && sameChars(known[id], text, length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    String string(int id) {
        return strings[id];
    }

    /** The anchor mask of an id: bits 0-15 term anchors by field, bits 16-31 prefix anchors by field. */
    int anchorMask(int id) {
        return anchorMasks[id];
    }

    void setAnchorBit(int id, int bit) {
        anchorMasks[id] |= 1 << bit;
    }

    void clearAnchorBit(int id, int bit) {
        anchorMasks[id] &= ~(1 << bit);
    }

    /** How many distinct strings are stored. */
    int size() {
        return size;
    }

    /** The id of this string, adding it if needed, with one more reference. */
    int acquire(String text) {
        int id = find(text);
        if (id < 0) {
            id = add(text);
        }
        references[id]++;
        return id;
    }

    /** Drops one reference; the string is forgotten with the last one. */
    void release(int id) {
        if (--references[id] == 0) {
            delete(id);
        }
    }

    private int add(String text) {
        if ((size + 1) * 2 > table.length) {
            rehash(table.length * 2);
        }
        int id = freeCount > 0 ? freeIds[--freeCount] : nextId++;
        if (id >= strings.length) {
            int capacity = strings.length * 2;
            strings = Arrays.copyOf(strings, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            references = Arrays.copyOf(references, capacity);
            anchorMasks = Arrays.copyOf(anchorMasks, capacity);
        }
        strings[id] = text;
        hashes[id] = text.hashCode();
        references[id] = 0;
        anchorMasks[id] = 0;
        insert(table, id);
        size++;
        return id;
    }

    private void delete(int id) {
        int[] slots = table;
        int mask = slots.length - 1;
        int slot = mix(hashes[id]) & mask;
        while (slots[slot] != id + 1) {
            slot = (slot + 1) & mask;
        }
        // Backward-shift deletion: move later entries of the run into the hole when their home allows it.
        int hole = slot;
        for (int next = (hole + 1) & mask; slots[next] != 0; next = (next + 1) & mask) {
            int home = mix(hashes[slots[next] - 1]) & mask;
            boolean movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
            if (movable) {
                slots[hole] = slots[next];
                hole = next;
            }
        }
        slots[hole] = 0;
        strings[id] = null;
        anchorMasks[id] = 0;
        if (freeCount == freeIds.length) {
            freeIds = Arrays.copyOf(freeIds, freeCount * 2);
        }
        freeIds[freeCount++] = id;
        size--;
    }

    private void rehash(int capacity) {
        int[] slots = new int[capacity];
        for (int entry : table) {
            if (entry != 0) {
                insert(slots, entry - 1);
            }
        }
        table = slots;
    }

    private void insert(int[] slots, int id) {
        int mask = slots.length - 1;
        int slot = mix(hashes[id]) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = id + 1;
    }

    static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static boolean sameChars(String known, CharSequence text, int length) {
        if (known == null || known.length() != length) {
            return false;
        }
        if (text instanceof String string) {
            return known.regionMatches(0, string, 0, length);
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
