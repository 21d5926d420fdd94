package io.newsalerts.ingest.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsalerts.contract.Salary;

/**
 * A validated job posting from {@code POST /job-postings} (plain JSON or schema.org JSON-LD): {@code url} is
 * already canonical, {@code id} is the client's own id or {@code null}.
 */
@Schema(name = "JobPosting",
        description = "A job posting to ingest; url and title are required, unknown fields are ignored.")
public record JobPostingRequest(
        @Schema(description = "Optional client id, [A-Za-z0-9._:-]{1,128}; derived from the canonical URL if absent")
        String id,
        @Schema(required = true, description = "Absolute http(s) URL, at most 2048 characters")
        String url,
        @Schema(required = true, maxLength = 1000)
        String title,
        @Schema(maxLength = 300)
        String company,
        @Schema(maxLength = 1000)
        String location,
        Boolean remote,
        @Schema(maxLength = 100, example = "FULL_TIME")
        String employmentType,
        @Schema(maxLength = 1_000_000)
        String description,
        @Schema(description = "min and/or max; currency: ISO 4217 code (required); "
                + "period: HOUR, DAY, WEEK, MONTH or YEAR (required)")
        Salary salary,
        @Schema(description = "ISO-8601 timestamp with offset")
        Instant postedAt,
        @Schema(description = "ISO-8601 timestamp with offset")
        Instant validThrough) {
}
