package io.newsalerts.ingest.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.ArticleRequest;

/**
 * Reads the contract's Article from a JSON object. Unknown fields, and the event-only fields {@code type} and
 * {@code ingestedAt}, are ignored.
 */
public final class ArticleParser {

    static final int MAX_SUMMARY = 10_000;

    private ArticleParser() {
    }

    /** @throws InvalidRequestException listing every offending field */
    public static ArticleRequest parse(ObjectNode document) {
        JsonFields fields = JsonFields.of(document);
        ArticleRequest article = new ArticleRequest(
                FieldRules.clientId(fields),
                fields.requiredUrl("url"),
                fields.requiredText("title", FieldRules.MAX_TITLE),
                fields.optionalText("summary", MAX_SUMMARY),
                fields.optionalText("body", FieldRules.MAX_TEXT),
                fields.optionalText("source", FieldRules.MAX_NAME),
                fields.optionalText("author", FieldRules.MAX_NAME),
                FieldRules.language(fields, "language"),
                fields.optionalTimestamp("publishedAt"));
        fields.throwIfInvalid();
        return article;
    }
}
