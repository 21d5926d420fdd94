package io.newsalerts.ingest.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.validation.RequestValidator;

/**
 * Reads the contract's Article from a JSON object. Unknown fields, and the event-only fields {@code type} and
 * {@code ingestedAt}, are ignored.
 */
public final class ArticleParser {

    private ArticleParser() {
    }

    /** @throws InvalidRequestException listing every offending field */
    public static ArticleRequest parse(ObjectNode document, RequestValidator validator) {
        JsonReader fields = JsonReader.of(document);
        ArticleRequest article = new ArticleRequest(
                fields.optionalText("id"),
                fields.text("url"),
                fields.text("title"),
                fields.optionalText("summary"),
                fields.optionalText("body"),
                fields.optionalText("source"),
                fields.optionalText("author"),
                fields.optionalText("language"),
                fields.timestamp("publishedAt"));
        validator.validate(article, fields.errors(), fields::field);
        return article.withUrl(UrlCanonicalizer.canonicalize(article.url()));
    }
}
