package io.newsalerts.alert.service;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.WebhookReceiver;
import io.newsalerts.alert.testing.Webhooks;
import io.newsalerts.alert.testing.WordSubscription;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Dispatchers of several replicas share the delivery queue: concurrent claims (two here, beside this replica's own
 * dispatcher) never take the same delivery, and each takes at most its per-endpoint bound.
 */
@QuarkusTest
class WebhookClaimTest {

    private static final Duration PROCESSING = Duration.ofSeconds(30);
    private static final int ALERTS = 12;
    private static final int PER_ENDPOINT = 4;

    @Inject
    WebhookDeliveryService deliveries;

    @Test
    void concurrentClaimsTakeDisjointDeliveries() throws Exception {
        ExecutorService claimers = Executors.newFixedThreadPool(2);
        try (WebhookReceiver hanging = WebhookReceiver.hanging(); EventProducer events = new EventProducer()) {
            WordSubscription topic = WordSubscription.create(new Random());
            String webhookId = Webhooks.register(topic.key(), hanging.url(), null).id();
            events.sendAtOnce(IntStream.range(0, ALERTS).mapToObj(i -> topic.article()).toList());
            await().atMost(PROCESSING).until(() -> alerts(topic.key(), topic.subscription()).size() == ALERTS);
            // This replica's dispatcher holds its bound of calls to the hanging endpoint and claims no more.
            await().atMost(PROCESSING).until(() -> hanging.calls().size() == PER_ENDPOINT);

            CountDownLatch start = new CountDownLatch(1);
            Callable<List<String>> claim = () -> {
                start.await();
                return deliveries.claim(Map.of(), 100, Instant.now()).stream()
                        .filter(due -> due.delivery().webhookId().equals(webhookId))
                        .map(WebhookDeliveryService.Due::messageId).toList();
            };
            Future<List<String>> first = claimers.submit(claim);
            Future<List<String>> second = claimers.submit(claim);
            start.countDown();
            List<String> firstIds = first.get(30, TimeUnit.SECONDS);
            List<String> secondIds = second.get(30, TimeUnit.SECONDS);

            assertThat(firstIds).hasSize(PER_ENDPOINT).doesNotContainAnyElementsOf(secondIds);
            assertThat(secondIds).hasSize(PER_ENDPOINT);
            List<String> dispatched = hanging.calls().stream().map(call -> call.header("webhook-id")).toList();
            Set<String> all = new HashSet<>(dispatched);
            all.addAll(firstIds);
            all.addAll(secondIds);
            List<String> expected = alerts(topic.key(), topic.subscription()).stream()
                    .map(alert -> (String) alert.get("id")).toList();
            assertThat(all).as("every delivery taken once").hasSize(3 * PER_ENDPOINT)
                    .containsExactlyInAnyOrderElementsOf(expected);
            Webhooks.delete(topic.key(), webhookId);
        } finally {
            claimers.shutdownNow();
        }
    }
}
