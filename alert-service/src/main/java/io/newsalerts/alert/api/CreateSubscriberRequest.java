package io.newsalerts.alert.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.newsalerts.edge.validation.PlainText;

/** Body of {@code POST /subscribers}. */
public record CreateSubscriberRequest(
        @NotBlank(message = "is required") @Size(max = SubscriptionRequest.MAX_NAME,
                message = "must be at most {max} characters") @PlainText String name) {
}
