package io.newsalerts.benchmark;

import io.newsalerts.matcher.MatchDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Reuters-21578 {@code reut2-*.sgm} files: SGML, not well-formed XML, so it is cut by tags rather than
 * parsed. Each story with a TITLE and a BODY becomes an article; {@code &#N;} control entities and the three
 * escaped markup characters are decoded.
 */
public final class ReutersSgml {

    private static final Pattern NEW_ID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d+);");

    private ReutersSgml() {
    }

    public static List<MatchDocument> read(Path file) throws IOException {
        String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
        List<MatchDocument> articles = new ArrayList<>();
        int at = 0;
        for (int start = sgml.indexOf("<REUTERS", at); start >= 0; start = sgml.indexOf("<REUTERS", at)) {
            int end = sgml.indexOf("</REUTERS>", start);
            if (end < 0) {
                break;
            }
            String story = sgml.substring(start, end);
            at = end;
            String title = between(story, "<TITLE>", "</TITLE>");
            String body = between(story, "<BODY>", "</BODY>");
            Matcher id = NEW_ID.matcher(story);
            if (title != null && body != null && id.find()) {
                articles.add(MatchDocument.article("reuters-" + id.group(1), decode(title), null, decode(body),
                        "Reuters", null, "en"));
            }
        }
        return articles;
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        int end = start < 0 ? -1 : text.indexOf(close, start);
        return end < 0 ? null : text.substring(start + open.length(), end);
    }

    public static String decode(String sgml) {
        String text = NUMERIC_ENTITY.matcher(sgml).replaceAll(entity -> {
            int code = Integer.parseInt(entity.group(1));
            return code < 32 ? " " : Matcher.quoteReplacement(new String(Character.toChars(code)));
        });
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
