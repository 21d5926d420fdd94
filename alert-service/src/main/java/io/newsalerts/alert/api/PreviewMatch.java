package io.newsalerts.alert.api;

import java.time.Instant;
import java.util.List;

/** A recent event that a previewed query would have matched. */
public record PreviewMatch(String eventType, String eventId, String title, String url, List<String> matchedTerms,
        String snippet, Instant publishedAt) {
}
