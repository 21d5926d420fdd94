package io.newsalerts.ingest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsalerts.ingest.feed.FeedKind;

/** A validated feed registration from {@code POST /feeds}: {@code url} is already canonical, defaults applied. */
@Schema(name = "FeedRegistration", description = "A feed to poll; url is required, unknown fields are ignored.")
public record FeedRequest(
        @Schema(required = true, description = "Absolute http(s) URL of the RSS or Atom document")
        String url,
        @Schema(implementation = String.class, enumeration = {"rss", "atom", "auto"}, defaultValue = "auto",
                description = "What the document must be; auto takes RSS 0.9x/1.0/2.0 and Atom")
        FeedKind kind,
        @Schema(minimum = "30", maximum = "86400", defaultValue = "300",
                description = "Seconds between polls (the minimum is configurable)")
        int pollSeconds) {
}
