package io.newsalerts.matcher;

import java.util.function.IntConsumer;

/**
 * The layout of a compiled plan: one {@code int[]} holding a boolean tree in prefix order. Every node starts
 * with a header word (operator, occurrence in its parent, field id, length of the node in ints):
 * <pre>
 *   TERM    [header, term]
 *   PREFIX  [header, prefix, key]    (key: its first {@value IndexedMatcher#PREFIX_KEY_LENGTH} code points or -1)
 *   PHRASE  [header, slop, n, term_0, position_0, …, term_n-1, position_n-1]   (position_0 = 0)
 *   BOOL    [header, n, child_0 …, child_n-1]                                 (each child's occur in its header)
 * </pre>
 * Terms and prefixes are string ids: indexes into the template's strings in a {@link PlanTemplate}, vocabulary
 * ids once a plan is stored. A BOOL means what Lucene's {@code BooleanQuery} (minimum-should-match 0) means: every
 * MUST child, no MUST_NOT child, and at least one SHOULD child when there is no MUST child.
 */
final class PlanCode {

    static final int TERM = 1;
    static final int PREFIX = 2;
    static final int PHRASE = 3;
    static final int BOOL = 4;

    static final int MUST = 0;
    static final int SHOULD = 1;
    static final int MUST_NOT = 2;

    private PlanCode() {
    }

    static int header(int op, int occur, int field, int length) {
        return op | occur << 3 | field << 5 | length << 9;
    }

    static int op(int header) {
        return header & 7;
    }

    static int occur(int header) {
        return (header >>> 3) & 3;
    }

    static int field(int header) {
        return (header >>> 5) & 15;
    }

    static int length(int header) {
        return header >>> 9;
    }

    /** A copy of the code with every string reference mapped through {@code ids}. */
    static int[] bind(int[] template, int[] ids) {
        int[] code = template.clone();
        bind(code, 0, ids);
        return code;
    }

    private static void bind(int[] code, int at, int[] ids) {
        int header = code[at];
        switch (op(header)) {
            case TERM -> code[at + 1] = ids[code[at + 1]];
            case PREFIX -> {
                code[at + 1] = ids[code[at + 1]];
                code[at + 2] = code[at + 2] < 0 ? -1 : ids[code[at + 2]];
            }
            case PHRASE -> {
                int n = code[at + 2];
                for (int i = 0; i < n; i++) {
                    code[at + 3 + 2 * i] = ids[code[at + 3 + 2 * i]];
                }
            }
            default -> {
                int child = at + 2;
                for (int i = 0; i < code[at + 1]; i++) {
                    bind(code, child, ids);
                    child += length(code[child]);
                }
            }
        }
    }

    /** How many nodes of this operator the code has. */
    static int count(int[] code, int op) {
        return count(code, 0, op);
    }

    private static int count(int[] code, int at, int op) {
        int header = code[at];
        int found = op(header) == op ? 1 : 0;
        if (op(header) == BOOL) {
            int child = at + 2;
            for (int i = 0; i < code[at + 1]; i++) {
                found += count(code, child, op);
                child += length(code[child]);
            }
        }
        return found;
    }

    /** Calls {@code consumer} with every string reference of the code, in order (repeats included). */
    static void forEachString(int[] code, IntConsumer consumer) {
        forEachString(code, 0, consumer);
    }

    private static void forEachString(int[] code, int at, IntConsumer consumer) {
        int header = code[at];
        switch (op(header)) {
            case TERM -> consumer.accept(code[at + 1]);
            case PREFIX -> {
                consumer.accept(code[at + 1]);
                if (code[at + 2] >= 0) {
                    consumer.accept(code[at + 2]);
                }
            }
            case PHRASE -> {
                for (int i = 0; i < code[at + 2]; i++) {
                    consumer.accept(code[at + 3 + 2 * i]);
                }
            }
            default -> {
                int child = at + 2;
                for (int i = 0; i < code[at + 1]; i++) {
                    forEachString(code, child, consumer);
                    child += length(code[child]);
                }
            }
        }
    }
}
