package io.newsalerts.alert.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.newsalerts.edge.validation.HttpUrl;
import io.newsalerts.edge.validation.PlainText;

/**
 * Body of {@code POST /webhooks}; other fields are ignored. {@code subscriptionIds} absent: every subscription of the
 * caller, also later ones. {@code delivery}: {@code "realtime"} (when absent), {@code "hourly"} or {@code "daily"}.
 */
public record WebhookRequest(
        @NotNull(message = "is required")
        @Size(max = WebhookRequest.MAX_URL, message = "must be at most {max} characters") @HttpUrl String url,
        @Size(max = WebhookRequest.MAX_SUBSCRIPTIONS, message = "must list at most {max} subscriptions")
        List<@NotNull(message = "must be a subscription id") String> subscriptionIds,
        @Pattern(regexp = "realtime|hourly|daily", message = "must be 'realtime', 'hourly' or 'daily'") String delivery,
        @Size(max = WebhookRequest.MAX_DESCRIPTION, message = "must be at most {max} characters") @PlainText
        String description) {

    /** The longest webhook URL, in characters. */
    public static final int MAX_URL = 2000;
    /** The most subscriptions one webhook may name. */
    public static final int MAX_SUBSCRIPTIONS = 1000;
    /** The longest description, in characters. */
    public static final int MAX_DESCRIPTION = 500;
}
