package io.newsalerts.matcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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

    /** The snippet around the first hit the finder reports, with the same fallbacks as {@link #of(MatchDocument, Set)}. */
    static String of(MatchDocument document, HitFinder finder) {
        List<String> fields = NewsFields.proseFields(document.type());
        for (String field : fields) {
            String text = document.field(field);
            int[] hit = isBlank(text) ? null : finder.firstOccurrence(field, text);
            if (hit != null) {
                return window(text, hit[0], hit[1]);
            }
        }
        return Stream.concat(fields.stream().skip(1), Stream.of(NewsFields.TITLE))
                .map(document::field)
                .filter(text -> !isBlank(text))
                .findFirst()
                .map(text -> window(text, 0, 0))
                .orElse("");
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
        String words = WHITESPACE.matcher(text.substring(start, end)).replaceAll(" ").strip();
        return (start > 0 ? ELLIPSIS : "") + words + (end < text.length() ? ELLIPSIS : "");
    }
}
