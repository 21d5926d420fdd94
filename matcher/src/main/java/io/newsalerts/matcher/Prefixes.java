package io.newsalerts.matcher;

/** Prefixes counted in code points, as the query language counts them, and hashing that needs no substring. */
final class Prefixes {

    private Prefixes() {
    }

    /**
     * The char length of the first {@code codePoints} code points of {@code text}, or -1 if it is shorter, so
     * that a term shorter than a prefix key has none.
     */
    static int cut(CharSequence text, int codePoints) {
        int at = 0;
        for (int i = 0; i < codePoints; i++) {
            if (at >= text.length()) {
                return -1;
            }
            at += Character.isHighSurrogate(text.charAt(at)) && at + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(at + 1)) ? 2 : 1;
        }
        return at;
    }

    /** Equals {@code text.subSequence(0, length).toString().hashCode()}. */
    static int hash(CharSequence text, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    /** Equals {@code new String(chars, 0, length).hashCode()}. */
    static int hash(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    /**
     * Compares in Unicode code point order, which is the UTF-8 byte order Lucene keeps its terms in (plain
     * {@link String#compareTo} differs for supplementary characters).
     */
    static int compareCodePoints(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE) {
                    return fixup(x) - fixup(y);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** Moves surrogates above U+E000..U+FFFF, so that char order becomes code point order. */
    private static int fixup(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
