package io.newsalerts.alert.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsalerts.alert.persistence.WebhookAttempts;
import io.newsalerts.alert.testing.Webhooks;
import io.newsalerts.alert.testing.WordSubscription;
import io.quarkus.test.junit.QuarkusTest;

/** The attempt log keeps {@code newsalerts.webhooks.attempt-retention} (30 days): measuring the queue prunes it. */
@QuarkusTest
class WebhookAttemptRetentionTest {

    @Inject
    WebhookAttempts attempts;

    @Inject
    WebhookDeliveryService deliveries;

    @Test
    void attemptsOlderThanTheRetentionAreDeletedAndRecentOnesKept() {
        WordSubscription topic = WordSubscription.create(new Random());
        String webhookId = Webhooks.register(topic.key(), "http://127.0.0.1:9/hook", null).id();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        attempts.log(webhookId, List.of("old-alert"), 1, 500, null, 12, now.minus(Duration.ofDays(31)));
        attempts.log(webhookId, List.of("recent-alert"), 1, 200, null, 8, now.minus(Duration.ofDays(29)));

        deliveries.stats();

        assertThat(attempts.attempts(webhookId, 0, false, 10)).singleElement()
                .satisfies(attempt -> assertThat(attempt.alertIds()).containsExactly("recent-alert"));
        Webhooks.delete(topic.key(), webhookId);
    }
}
