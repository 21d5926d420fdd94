package io.newsalerts.alert.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** Body of {@code POST /webhooks/{id}/replay}: deliver again every alert recorded since then. */
public record ReplayRequest(
        @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") Instant since) {
}
