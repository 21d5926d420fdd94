package io.newsalerts.pipeline;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.matcher.MatchDocument;
import io.newsalerts.matcher.NewsFields;

/**
 * Turns corpus documents into the articles a phase posts, going on through the corpus from phase to phase (and
 * round again when it runs out). Each article gets a URL of its own, {@code https://bench.newsalerts.test/<phase>/
 * <document id>} (with {@code -<round>} when a phase takes the corpus more than once), so ingest-service never
 * takes one for a duplicate. Titles and bodies are cleaned of control characters. A document taken again is an exact
 * copy of its earlier article (ingest-service places it from its recent texts, without a sketch) unless
 * {@code newTexts}: then each pass after the first ends every body with a word of its own ({@code pass<n>}), so that
 * every text is new and placed as a near copy of its earlier passes.
 */
final class ArticleSource {

    /** An article to post: its URL, its JSON, and the document alert-service will match for it. */
    record Article(String url, String json, MatchDocument document) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE_URL = "https://bench.newsalerts.test/";

    private final List<MatchDocument> corpus;
    private final boolean newTexts;
    private int next;
    private int pass;

    ArticleSource(List<MatchDocument> corpus, boolean newTexts) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no documents");
        }
        this.corpus = corpus;
        this.newTexts = newTexts;
    }

    /** The next {@code count} documents of the corpus as the articles of {@code phase}. */
    List<Article> take(String phase, int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            MatchDocument document = corpus.get(next);
            String mark = newTexts && pass > 0 ? "pass" + pass : null;
            next = (next + 1) % corpus.size();
            pass += next == 0 ? 1 : 0;
            int round = i / corpus.size();
            String url = BASE_URL + phase + "/" + document.id() + (round == 0 ? "" : "-" + round);
            String title = clean(document.field(NewsFields.TITLE));
            String body = mark == null ? clean(document.field(NewsFields.BODY))
                    : document.field(NewsFields.BODY) == null ? mark
                    : clean(document.field(NewsFields.BODY)) + " " + mark;
            String source = document.field(NewsFields.SOURCE);
            articles.add(new Article(url, json(url, title, body, source),
                    MatchDocument.article(url, title, null, body, source, null, null)));
        }
        return articles;
    }

    private static String json(String url, String title, String body, String source) {
        ObjectNode article = JSON.createObjectNode();
        article.put("url", url);
        article.put("title", title);
        article.put("body", body);
        article.put("source", source);
        try {
            return JSON.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text with control characters other than tab and line breaks turned into spaces, as a publisher cleans
     * its copy (a few Reuters stories hold a DEL, which ingest-service rightly refuses).
     */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.chars().forEach(c -> clean.append(Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
                ? ' ' : (char) c));
        return clean.toString();
    }
}
