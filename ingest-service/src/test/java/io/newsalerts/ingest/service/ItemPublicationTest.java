package io.newsalerts.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsalerts.contract.EventType;
import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.ingest.kafka.EventPublisher;
import io.newsalerts.ingest.kafka.OutgoingEvent;
import io.newsalerts.ingest.persistence.ItemClaims;
import io.newsalerts.ingest.persistence.ItemKey;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The claim-publish-settle steps of a batch against the real de-duplication table, with a {@code MockProducer}
 * standing for a broker that fails some records in the middle of a batch.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class ItemPublicationTest {

    @Inject
    ItemClaims claims;

    @Inject
    StoryAssignment stories;

    @Inject
    MeterRegistry metrics;

    @Inject
    IngestConfig config;

    @Test
    void theUnacknowledgedMiddleOfABatchIsNotAcceptedAndItsRetryIsNotADuplicate() {
        MockProducer<String, byte[]> producer = producer(false);
        ItemPublication publication = publication(producer);
        List<IngestItem> batch = IntStream.range(0, 5).mapToObj(i -> item()).toList();

        CompletableFuture<List<ItemOutcome>> outcomes = CompletableFuture.supplyAsync(() -> publication.publish(batch));
        await().atMost(Duration.ofSeconds(10)).until(() -> producer.history().size() == 5);
        producer.completeNext();
        producer.completeNext();
        producer.errorNext(new NotEnoughReplicasException("only 0 in sync"));
        producer.completeNext();
        producer.errorNext(new NotEnoughReplicasException("only 0 in sync"));

        assertThat(outcomes.join()).extracting(ItemOutcome::status).containsExactly(ItemOutcome.Status.ACCEPTED,
                ItemOutcome.Status.ACCEPTED, ItemOutcome.Status.UNAVAILABLE, ItemOutcome.Status.ACCEPTED,
                ItemOutcome.Status.UNAVAILABLE);
        Map<ItemKey, Boolean> rows = claims.states(batch.stream().map(IngestItem::key).toList());
        assertThat(rows).containsOnlyKeys(batch.get(0).key(), batch.get(1).key(), batch.get(3).key())
                .containsValues(true);
        assertThat(publication(producer(true)).publish(List.of(batch.get(2), batch.get(4), batch.get(0))))
                .extracting(ItemOutcome::status).containsExactly(ItemOutcome.Status.ACCEPTED,
                        ItemOutcome.Status.ACCEPTED, ItemOutcome.Status.DUPLICATE);
    }

    @Test
    void anItemClaimedByARequestThatDiedIsTakenOverOnceTheClaimTimesOut() {
        IngestItem abandoned = item();
        IngestItem inFlight = item();
        Instant now = Instant.now();
        claim(abandoned, now.minus(config.claimTimeout()).minusSeconds(1));
        claim(inFlight, now);
        MockProducer<String, byte[]> producer = producer(true);

        List<ItemOutcome> outcomes = publication(producer).publish(List.of(abandoned, inFlight));

        assertThat(outcomes).extracting(ItemOutcome::status)
                .containsExactly(ItemOutcome.Status.ACCEPTED, ItemOutcome.Status.IN_FLIGHT);
        assertThat(producer.history()).singleElement().satisfies(record -> assertThat(record.key())
                .isEqualTo(abandoned.id()));
        assertThat(claims.states(List.of(abandoned.key()))).containsEntry(abandoned.key(), true);
    }

    private void claim(IngestItem item, Instant at) {
        claims.claim(UUID.randomUUID(), List.of(new ItemClaims.Request(item.key(), item.url(), at)), at,
                at.minus(config.claimTimeout()));
    }

    private ItemPublication publication(MockProducer<String, byte[]> producer) {
        return new ItemPublication(claims, stories, new EventPublisher(producer, Duration.ofSeconds(10)), metrics, config);
    }

    private static IngestItem item() {
        String id = "publication-test-" + UUID.randomUUID();
        return new IngestItem(new ItemKey(EventType.ARTICLE, id), "https://news.example.org/" + id,
                new OutgoingEvent(EventType.ARTICLE, id, Instant.now(), ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8)));
    }

    private static MockProducer<String, byte[]> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
    }
}
