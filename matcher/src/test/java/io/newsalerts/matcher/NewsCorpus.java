package io.newsalerts.matcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real news for tests: Reuters-21578 stories from the shared data folder (system property {@code shared.data},
 * set by the parent pom; {@code ../../shared/data} otherwise), or nothing when that folder is absent, so tests
 * fall back to generated events and still run.
 */
final class NewsCorpus {

    private static final Pattern STORY = Pattern.compile("<REUTERS[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d+);");

    private NewsCorpus() {
    }

    /** Up to {@code limit} Reuters stories with a title and a body, as articles; empty without shared data. */
    static List<MatchDocument> reutersArticles(int limit) {
        Path file = sharedData().resolve("news/reuters21578/reut2-000.sgm");
        if (!Files.isReadable(file)) {
            return List.of();
        }
        try {
            String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
            List<MatchDocument> articles = new ArrayList<>();
            Matcher story = STORY.matcher(sgml);
            while (articles.size() < limit && story.find()) {
                Matcher title = TITLE.matcher(story.group(1));
                Matcher body = BODY.matcher(story.group(1));
                if (title.find() && body.find()) {
                    articles.add(MatchDocument.article("reuters-" + articles.size(), unescape(title.group(1)), null,
                            unescape(body.group(1)), "Reuters", null, "en"));
                }
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sharedData() {
        return Paths.get(System.getProperty("shared.data", "../../shared/data"));
    }

    private static String unescape(String sgml) {
        String text = NUMERIC_ENTITY.matcher(sgml).replaceAll(match -> {
            int code = Integer.parseInt(match.group(1));
            return code < 32 ? " " : Matcher.quoteReplacement(String.valueOf((char) code));
        });
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
