package io.newsalerts.alert.mapping;

import io.newsalerts.alert.api.DeliveryAttemptView;
import io.newsalerts.alert.api.WebhookView;
import io.newsalerts.alert.persistence.WebhookAttempts;
import io.newsalerts.alert.persistence.WebhookEntity;

/** Between stored webhooks and attempts and what the API shows of them. */
public final class WebhookMapper {

    private WebhookMapper() {
    }

    /** @param secret the secret to show (only in the answer that made it), or {@code null} */
    public static WebhookView toView(WebhookEntity webhook, String secret) {
        return new WebhookView(webhook.id, webhook.url,
                webhook.allSubscriptions ? null : webhook.subscriptionIds.stream().sorted().toList(),
                webhook.delivery, webhook.description, webhook.createdAt, secret,
                webhook.disabledAt == null ? null
                        : new WebhookView.Disabled(webhook.disabledAt, webhook.disabledReason));
    }

    public static DeliveryAttemptView toView(WebhookAttempts.Attempt attempt) {
        return new DeliveryAttemptView(attempt.alertIds(), attempt.attempt(), attempt.status(), attempt.error(),
                attempt.durationMs(), attempt.at());
    }
}
