package io.newsalerts.ingest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsalerts.edge.validation.HttpUrl;
import io.newsalerts.ingest.feed.FeedKind;

/**
 * A feed registration from {@code POST /feeds}, defaults applied; once validated, {@code url} is made canonical.
 * The bounds of {@code pollSeconds} are configuration ({@code newsalerts.feeds.*-poll-seconds}).
 */
@Schema(name = "FeedRegistration", description = "A feed to poll; url is required, unknown fields are ignored.")
public record FeedRequest(
        @NotNull @NotBlank @Size(max = ArticleRequest.MAX_URL) @HttpUrl
        @Schema(description = "Absolute http(s) URL of the RSS or Atom document")
        String url,
        @Schema(implementation = String.class, enumeration = {"rss", "atom", "auto"}, defaultValue = "auto",
                description = "What the document must be; auto takes RSS 0.9x/1.0/2.0 and Atom")
        FeedKind kind,
        @Schema(minimum = "30", maximum = "86400", defaultValue = "300",
                description = "Seconds between polls (the bounds and the default are configurable)")
        int pollSeconds) {

    /** This registration with its URL in canonical form. */
    public FeedRequest withUrl(String canonicalUrl) {
        return new FeedRequest(canonicalUrl, kind, pollSeconds);
    }
}
