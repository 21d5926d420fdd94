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
     * {@code text} cut to at most {@code maxLength} characters (UTF-16 code units, as {@code @Size} counts them),
     * ending with an ellipsis when cut (after the last white space in the final tenth, so that no word is cut where
     * that is possible). A surrogate pair is never split.
     */
    public static String truncate(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        int end = maxLength - ELLIPSIS.length();
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > end - maxLength / 10 && space > 0) {
            end = space;
        }
        return text.substring(0, end).strip() + ELLIPSIS;
    }
}
