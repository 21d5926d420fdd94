package io.newsalerts.alert.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.JobPostingEvent;
import io.newsalerts.contract.Salary;

/**
 * Events built from the repository's demo data ({@code demo/}), written by us on the facts of the article the
 * project started from: Netflix hiring an AI product manager during the SAG-AFTRA strike.
 */
public final class Fixtures {

    private static final Path DEMO = Path.of("..", "demo");

    private Fixtures() {
    }

    /** The demo article as ingest-service would publish it, under a fresh id so tests do not meet each other. */
    public static ArticleEvent demoArticle() {
        JsonNode article = read("article.json");
        String id = "test-article-" + UUID.randomUUID();
        return new ArticleEvent(id, ArticleEvent.TYPE, "https://news.example.org/" + id, text(article, "title"),
                text(article, "summary"), text(article, "body"), text(article, "source"), text(article, "author"),
                text(article, "language"), false, id,
                Instant.parse(text(article, "publishedAt")), Instant.now());
    }

    /** The demo job posting: Netflix, Product Manager - Machine Learning Platform, 300,000-900,000 USD a year. */
    public static JobPostingEvent demoJobPosting() {
        JsonNode posting = read("job-posting.jsonld");
        String id = "test-posting-" + UUID.randomUUID();
        return new JobPostingEvent(id, JobPostingEvent.TYPE, "https://jobs.example.org/" + id,
                text(posting, "title"), "Netflix", "Los Gatos, California, US", false, "FULL_TIME",
                text(posting, "description"),
                new Salary(new BigDecimal("300000"), new BigDecimal("900000"), "USD", "YEAR"),
                Instant.parse("2023-07-25T00:00:00Z"), null, Instant.now());
    }

    /** An article with the given title and body and nothing else (no summary, source, author or date). */
    public static ArticleEvent article(String title, String body) {
        String id = "test-article-" + UUID.randomUUID();
        return new ArticleEvent(id, ArticleEvent.TYPE, "https://news.example.org/" + id, title, null, body, null,
                null, null, null, id, null, Instant.now());
    }

    /**
     * {@code copies} articles of one story as ingest-service would publish them: the same text, each from a source
     * of its own ("Source 1", "Source 2", …) under an id and URL of its own, the first starting the story and the
     * others carrying its id as their {@code storyId}.
     */
    public static List<ArticleEvent> storyCopies(String title, String body, int copies) {
        String story = "test-article-" + UUID.randomUUID();
        List<ArticleEvent> articles = new ArrayList<>();
        for (int i = 1; i <= copies; i++) {
            String id = i == 1 ? story : "test-article-" + UUID.randomUUID();
            articles.add(new ArticleEvent(id, ArticleEvent.TYPE, "https://source" + i + ".example.org/" + id, title,
                    null, body, "Source " + i, null, "en", false, story, null, Instant.now()));
        }
        return articles;
    }

    private static JsonNode read(String file) {
        try {
            return EventProducer.JSON.readTree(Files.readString(DEMO.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull() ? null : node.path(field).asText();
    }
}
