package io.newsalerts.ingest.mapping;

import org.jsoup.Jsoup;

/**
 * Plain text from the HTML that feeds put in titles, descriptions and content: tags dropped, entities decoded,
 * scripts and styles left out, white space collapsed to single spaces.
 */
public final class PlainText {

    private static final String ELLIPSIS = "…";

    private PlainText() {
    }

    /** The text of {@code html}, or {@code null} if it has none. Text without markup is only tidied. */
    public static String fromHtml(String html) {
        if (html == null) {
            return null;
        }
        String text = html.indexOf('<') < 0 && html.indexOf('&') < 0
                ? html.replaceAll("\\s+", " ").strip()
                : Jsoup.parse(html).text().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * {@code text} cut to at most {@code maxCodePoints} code points, ending with an ellipsis when cut (after the
     * last white space in the final tenth, so that no word is cut where that is possible).
     */
    public static String truncate(String text, int maxCodePoints) {
        if (text == null || text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxCodePoints - ELLIPSIS.length());
        int space = text.lastIndexOf(' ', end);
        if (space > end - maxCodePoints / 10 && space > 0) {
            end = space;
        }
        return text.substring(0, end).strip() + ELLIPSIS;
    }
}
