package io.newsalerts.ingest.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Salvages a feed document that is cut off or damaged part-way, as feeds truncated in transfer or by a failing
 * server are: it keeps the document up to the end of its last complete {@code item} or {@code entry} element and
 * closes the elements still open there ({@code channel}, {@code rss}, {@code feed}...). The tags are scanned
 * leniently (comments, CDATA sections, processing instructions and the DOCTYPE are skipped); the scan stops at
 * the first place it cannot make sense of, and only what came before that is kept.
 *
 * <p>Rome reads only well-formed documents, so this is what lets a damaged feed still yield the entries before
 * the damage. Whether the repaired document is a feed is for Rome to decide.
 */
final class TruncatedFeedRepair {

    private static final Set<String> ENTRY_ELEMENTS = Set.of("item", "entry");

    private TruncatedFeedRepair() {
    }

    /**
     * The document up to its last complete item or entry, closed, or empty if it has no complete item or entry
     * before the damage.
     */
    static Optional<String> repair(String document) {
        Cut cut = lastCut(document);
        if (cut == null) {
            return Optional.empty();
        }
        StringBuilder repaired = new StringBuilder(document.length() + 64).append(document, 0, cut.end());
        for (String open : cut.openElements()) {
            repaired.append("</").append(open).append('>');
        }
        return Optional.of(repaired.toString());
    }

    private static Cut lastCut(String document) {
        Deque<String> open = new ArrayDeque<>();
        Cut cut = null;
        int at = 0;
        while (true) {
            int start = document.indexOf('<', at);
            if (start < 0) {
                return cut;
            }
            int end = skippedEnd(document, start);
            if (end == 0) {
                int close = tagEnd(document, start);
                if (close < 0) {
                    return cut;
                }
                String tag = document.substring(start + 1, close).strip();
                if (tag.startsWith("/")) {
                    String name = tag.substring(1).strip();
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        return cut;
                    }
                    open.pop();
                    if (ENTRY_ELEMENTS.contains(localName(name))) {
                        cut = new Cut(close + 1, new ArrayList<>(open));
                    }
                } else if (!tag.endsWith("/")) {
                    String name = tag.split("[\\s/]", 2)[0];
                    if (name.isEmpty()) {
                        return cut;
                    }
                    open.push(name);
                }
                end = close + 1;
            }
            if (end < 0) {
                return cut;
            }
            at = end;
        }
    }

    /**
     * Where a comment, CDATA section, processing instruction or declaration starting at {@code start} ends (just
     * after it); 0 if an ordinary tag starts there; -1 if it never ends.
     */
    private static int skippedEnd(String document, int start) {
        if (document.startsWith("<!--", start)) {
            return endAfter(document, "-->", start + 4);
        }
        if (document.startsWith("<![CDATA[", start)) {
            return endAfter(document, "]]>", start + 9);
        }
        if (document.startsWith("<?", start)) {
            return endAfter(document, "?>", start + 2);
        }
        if (document.startsWith("<!", start)) {
            int subset = document.indexOf('[', start);
            int close = document.indexOf('>', start);
            return subset >= 0 && subset < close ? endAfter(document, "]>", subset) : endAfter(document, ">", start);
        }
        return 0;
    }

    private static int endAfter(String document, String terminator, int from) {
        int found = document.indexOf(terminator, from);
        return found < 0 ? -1 : found + terminator.length();
    }

    /** The index of the {@code >} that ends the tag at {@code start}, skipping quoted attribute values; or -1. */
    private static int tagEnd(String document, int start) {
        char quote = 0;
        for (int i = start + 1; i < document.length(); i++) {
            char c = document.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

    /** A place to cut the document, and the elements open there, innermost first. */
    private record Cut(int end, List<String> openElements) {
    }
}
