package io.newsalerts.ingest.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered feed and how its polling went, as {@code /feeds} shows it. */
@Schema(name = "Feed")
public record FeedView(
        String id,
        @Schema(description = "The canonical URL that is polled")
        String url,
        @Schema(enumeration = {"rss", "atom", "auto"})
        String kind,
        int pollSeconds,
        Instant createdAt,
        @Schema(description = "When the last poll ended; null before the first")
        Instant lastPolledAt,
        @Schema(enumeration = {"ok", "not-modified", "partial", "failed", "broker-unavailable", "incomplete"},
                description = "How the last poll ended; null before the first (see the README)")
        String lastStatus,
        @Schema(description = "What went wrong in the last poll, if anything")
        String lastError,
        @Schema(description = "Articles this feed has brought so far (new ones, not duplicates)")
        long itemsIngested,
        @Schema(description = "Entries in the last document read; null before the first")
        Integer lastEntries,
        @Schema(description = "Articles the last poll brought")
        Integer lastIngested,
        @Schema(description = "Entries of the last document skipped for want of a usable link or a title")
        Integer lastSkipped) {
}
