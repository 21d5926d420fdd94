package io.newsalerts.ingest.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsalerts.edge.validation.HttpUrl;
import io.newsalerts.edge.validation.LanguageTag;
import io.newsalerts.edge.validation.PlainText;

/**
 * An article from {@code POST /articles} or a feed; its constraints are the contract's rules (messages of the
 * standard ones in {@code ValidationMessages.properties}). Once validated, {@code url} is made canonical and
 * {@code id} is the client's own id or {@code null}.
 */
@Schema(name = "Article", description = "An article to ingest; url and title are required, unknown fields are ignored.")
public record ArticleRequest(
        @Pattern(regexp = CLIENT_ID, message = CLIENT_ID_MESSAGE)
        @Schema(description = "Optional client id; derived from the canonical URL if absent")
        String id,
        @NotNull @NotBlank @Size(max = MAX_URL) @HttpUrl
        String url,
        @NotNull @NotBlank @Size(max = MAX_TITLE) @PlainText
        String title,
        @Size(max = MAX_SUMMARY) @PlainText
        String summary,
        @Size(max = MAX_TEXT) @PlainText
        String body,
        @Size(max = MAX_NAME) @PlainText
        String source,
        @Size(max = MAX_NAME) @PlainText
        String author,
        @LanguageTag(message = LANGUAGE_MESSAGE)
        @Schema(description = "BCP 47 language tag such as en or en-US", example = "en")
        String language,
        @Schema(description = "ISO-8601 timestamp with offset", example = "2023-07-26T16:00:00Z")
        Instant publishedAt) {

    /** The longest URL, in characters (UTF-16 code units, as for every length here). */
    public static final int MAX_URL = 2048;
    public static final int MAX_TITLE = 1_000;
    public static final int MAX_SUMMARY = 10_000;
    /** The longest body of an article or description of a job posting. */
    public static final int MAX_TEXT = 1_000_000;
    /** The longest source, author or company name. */
    public static final int MAX_NAME = 300;

    /** The client's own id, of articles and job postings. */
    static final String CLIENT_ID = "[A-Za-z0-9._:-]{1,128}";
    static final String CLIENT_ID_MESSAGE = "must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'";
    private static final String LANGUAGE_MESSAGE = "must be a BCP 47 language tag such as en or en-US";

    /** This article with its URL in canonical form. */
    public ArticleRequest withUrl(String canonicalUrl) {
        return new ArticleRequest(id, canonicalUrl, title, summary, body, source, author, language, publishedAt);
    }
}
