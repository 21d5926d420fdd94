package io.newsalerts.ingest.api;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsalerts.edge.validation.HttpUrl;
import io.newsalerts.edge.validation.PlainText;

/**
 * A job posting from {@code POST /job-postings} (plain JSON or schema.org JSON-LD); its constraints are the
 * contract's rules, as for {@link ArticleRequest}. Once validated, {@code url} is made canonical and {@code id} is
 * the client's own id or {@code null}.
 */
@Schema(name = "JobPosting",
        description = "A job posting to ingest; url and title are required, unknown fields are ignored.")
public record JobPostingRequest(
        @Pattern(regexp = ArticleRequest.CLIENT_ID, message = ArticleRequest.CLIENT_ID_MESSAGE)
        @Schema(description = "Optional client id; derived from the canonical URL if absent")
        String id,
        @NotNull @NotBlank @Size(max = ArticleRequest.MAX_URL) @HttpUrl
        String url,
        @NotNull @NotBlank @Size(max = ArticleRequest.MAX_TITLE) @PlainText
        String title,
        @Size(max = ArticleRequest.MAX_NAME) @PlainText
        String company,
        @Size(max = MAX_LOCATION) @PlainText
        String location,
        Boolean remote,
        @Size(max = MAX_EMPLOYMENT_TYPE) @PlainText @Schema(example = "FULL_TIME")
        String employmentType,
        @Size(max = ArticleRequest.MAX_TEXT) @PlainText
        String description,
        @Valid
        SalaryRequest salary,
        @Schema(description = "ISO-8601 timestamp with offset")
        Instant postedAt,
        @Schema(description = "ISO-8601 timestamp with offset")
        Instant validThrough) {

    public static final int MAX_LOCATION = 1_000;
    public static final int MAX_EMPLOYMENT_TYPE = 100;

    /** This posting with its URL in canonical form. */
    public JobPostingRequest withUrl(String canonicalUrl) {
        return new JobPostingRequest(id, canonicalUrl, title, company, location, remote, employmentType, description,
                salary, postedAt, validThrough);
    }
}
