package io.newsalerts.matcher;

import java.util.Arrays;

/**
 * One distinct analyzed term of a document: the fields it occurs in and, per field, its positions, numbered as
 * a Lucene {@code MemoryIndex} numbers them. Own-field occurrences also remember their token index, for
 * snippets. Not thread-safe.
 */
final class DocTerm {

    private static final int[][] NO_POSITIONS = new int[0][];

    final String text;
    final int hash;
    /** Bit {@code f} set when the term occurs in field {@code f}. */
    int fieldMask;
    /** The term's vocabulary id as last resolved, or -1. */
    int vocabularyId = -1;
    /** The vocabulary id of the term's prefix key as last resolved, or -1. */
    int prefixKeyId = -1;
    /** The next term of the document with the same prefix key id, as last resolved. */
    DocTerm nextWithPrefixKey;

    /** Triples: field, position, token index in the field's value (-1 for {@code text} or no snippet use). */
    private int[] occurrences = new int[6];
    private int length;
    private int[][] positions = NO_POSITIONS;
    private int[] firstTokens;
    private int prefixCut = -2;
    private int prefixHash;

    DocTerm(String text, int hash) {
        this.text = text;
        this.hash = hash;
    }

    void add(int field, int position, int tokenIndex) {
        if (length + 3 > occurrences.length) {
            occurrences = Arrays.copyOf(occurrences, occurrences.length * 2);
        }
        occurrences[length++] = field;
        occurrences[length++] = position;
        occurrences[length++] = tokenIndex;
        fieldMask |= 1 << field;
    }

    boolean in(int field) {
        return (fieldMask >>> field & 1) != 0;
    }

    /** The term's positions in a field, ascending (empty if it does not occur there). */
    int[] positions(int field) {
        if (positions == NO_POSITIONS) {
            positions = new int[FieldIds.COUNT][];
        }
        int[] cached = positions[field];
        if (cached == null) {
            int count = 0;
            for (int i = 0; i < length; i += 3) {
                if (occurrences[i] == field) {
                    count++;
                }
            }
            cached = new int[count];
            int at = 0;
            for (int i = 0; i < length; i += 3) {
                if (occurrences[i] == field) {
                    cached[at++] = occurrences[i + 1];
                }
            }
            positions[field] = cached;
        }
        return cached;
    }

    /** The token index of the term's first snippet-usable occurrence in a field, or -1. */
    int firstToken(int field) {
        if (firstTokens == null) {
            firstTokens = new int[FieldIds.COUNT];
            Arrays.fill(firstTokens, -1);
            for (int i = length - 3; i >= 0; i -= 3) {
                if (occurrences[i + 2] >= 0) {
                    firstTokens[occurrences[i]] = occurrences[i + 2];
                }
            }
        }
        return firstTokens[field];
    }

    /** The char length of the term's prefix key, or -1 if the term is shorter than a key. */
    int prefixCut() {
        if (prefixCut == -2) {
            prefixCut = Prefixes.cut(text, IndexedMatcher.PREFIX_KEY_LENGTH);
            prefixHash = prefixCut > 0 ? Prefixes.hash(text, prefixCut) : 0;
        }
        return prefixCut;
    }

    /** The {@link Prefixes#hash} of the term's prefix key; call {@link #prefixCut()} first. */
    int prefixHash() {
        return prefixHash;
    }
}
