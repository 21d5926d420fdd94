package io.newsalerts.matcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Snippets: up to {@value #MAX_LENGTH} characters of one field of the original text, cut at whole words,
 * around the first occurrence of a matched term. The fields of running text are tried in order (title, then
 * summary and body, or description); "…" marks where the text was cut.
 */
final class Snippets {

    static final int MAX_LENGTH = 200;
    static final String ELLIPSIS = "…";

    /** How much text before the hit the window starts with, when there is that much. */
    private static final int CONTEXT_BEFORE = 60;

    private Snippets() {
    }

    /**
     * The snippet for these analyzed terms. When none occurs in running text (a match on {@code company:} or
     * {@code source:}, say), the start of the first non-blank field after the title, else the title.
     */
    static String of(MatchDocument document, Set<String> terms) {
        return of(document, (field, text) -> firstOccurrence(field, text, terms));
    }

    /**
     * Where the first matched term occurs in one field's text: start and end offsets, or {@code null}. The
     * naive matcher analyzes the text again; the indexed matcher looks it up in its analyzed document.
     */
    @FunctionalInterface
    interface HitFinder {
        int[] firstOccurrence(String field, String text);
    }

    /** The snippet around the first hit the finder reports, falling back as {@link #of(MatchDocument, Set)} does. */
    static String of(MatchDocument document, HitFinder finder) {
        Hit hit = firstHit(document, finder);
        return hit == null ? "" : hit.snippet();
    }

    /**
     * Where the snippet comes from: the first hit in the fields of running text, in order; else the start of the
     * first non-blank field after the title, else of the title; {@code null} if every field is blank.
     */
    static Hit firstHit(MatchDocument document, HitFinder finder) {
        List<String> fields = NewsFields.proseFields(document.type());
        for (String field : fields) {
            String text = document.field(field);
            int[] hit = isBlank(text) ? null : finder.firstOccurrence(field, text);
            if (hit != null) {
                return new Hit(field, text, hit[0], hit[1]);
            }
        }
        return Stream.concat(fields.stream().skip(1), Stream.of(NewsFields.TITLE))
                .filter(field -> !isBlank(document.field(field)))
                .findFirst()
                .map(field -> new Hit(field, document.field(field), 0, 0))
                .orElse(null);
    }

    /**
     * A hit: the field and text it is in and its offsets. Within one document, hits with the same field and
     * offsets give the same snippet, so they can be cached.
     */
    record Hit(String field, String text, int start, int end) {
        String snippet() {
            return window(text, start, end);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Start and end offsets of the first token of the text whose analyzed form is one of the terms. */
    private static int[] firstOccurrence(String field, String text, Set<String> terms) {
        try (TokenStream stream = NewsAnalyzer.shared().tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int[] hit = null;
            while (hit == null && stream.incrementToken()) {
                if (terms.contains(term.toString())) {
                    hit = new int[] {offset.startOffset(), offset.endOffset()};
                }
            }
            stream.end();
            return hit;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At most {@value #MAX_LENGTH} characters of whole words containing [hitStart, hitEnd). */
    static String window(String text, int hitStart, int hitEnd) {
        int start = Math.max(0, hitStart - CONTEXT_BEFORE);
        int end = Math.min(text.length(), start + MAX_LENGTH);
        if (end == text.length()) {
            start = Math.max(0, Math.min(start, end - MAX_LENGTH));
        }
        while (start > 0 && start < hitStart && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        end = Math.max(end, hitEnd);
        while (end < text.length() && end > hitEnd && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return cut(text, start, end, start > 0, end < text.length());
    }

    /**
     * The words of {@code text[start, end)} with each run of whitespace made one space and the ends stripped,
     * between ellipses as asked: {@code replaceAll("\\s+", " ").strip()} in one pass and one allocation, since
     * snippets are made for every match.
     */
    private static String cut(String text, int start, int end, boolean leading, boolean trailing) {
        char[] chars = new char[end - start + 2];
        int length = 0;
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) {
                chars[1 + length++] = c;
            } else if (!inSpace) {
                chars[1 + length++] = ' ';
            }
            inSpace = space;
        }
        int first = 1;
        int last = length;
        while (first <= last && Character.isWhitespace(chars[first])) {
            first++;
        }
        while (last >= first && Character.isWhitespace(chars[last])) {
            last--;
        }
        if (leading) {
            chars[--first] = ELLIPSIS.charAt(0);
        }
        if (trailing) {
            chars[++last] = ELLIPSIS.charAt(0);
        }
        return new String(chars, first, last - first + 1);
    }
}
