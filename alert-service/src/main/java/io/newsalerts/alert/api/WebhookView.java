package io.newsalerts.alert.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A webhook endpoint as its owner sees it. {@code subscriptionIds} is {@code null} when it covers every subscription
 * of its owner; {@code secret} ({@code whsec_…}) is present only in the answer that made it (creation, rotation);
 * {@code disabled} is {@code null} while the endpoint is in use.
 */
public record WebhookView(String id, String url, List<String> subscriptionIds, String delivery, String description,
        Instant createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) String secret, Disabled disabled) {

    /** When and why deliveries to the endpoint stopped. */
    public record Disabled(Instant at, String reason) {
    }
}
