package io.newsalerts.ingest.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A validated article from {@code POST /articles}: {@code url} is already canonical, {@code id} is the client's
 * own id or {@code null}.
 */
@Schema(name = "Article", description = "An article to ingest; url and title are required, unknown fields are ignored.")
public record ArticleRequest(
        @Schema(description = "Optional client id, [A-Za-z0-9._:-]{1,128}; derived from the canonical URL if absent")
        String id,
        @Schema(required = true, description = "Absolute http(s) URL, at most 2048 characters")
        String url,
        @Schema(required = true, maxLength = 1000)
        String title,
        @Schema(maxLength = 10_000)
        String summary,
        @Schema(maxLength = 1_000_000)
        String body,
        @Schema(maxLength = 300)
        String source,
        @Schema(maxLength = 300)
        String author,
        @Schema(description = "BCP 47 language tag such as en or en-US", example = "en")
        String language,
        @Schema(description = "ISO-8601 timestamp with offset", example = "2023-07-26T16:00:00Z")
        Instant publishedAt) {
}
