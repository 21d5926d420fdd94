package io.newsalerts.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsalerts.contract.Topics;
import io.newsalerts.ingest.support.FeedClient;
import io.newsalerts.ingest.support.FeedFixtures;
import io.newsalerts.ingest.support.FeedServer;
import io.newsalerts.ingest.support.FeedServer.Answer;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.TopicRecords;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.LocalKafkaBroker;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** While Kafka is down a feed's entries are not lost: the poll stops, and a later poll publishes them. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class FeedBrokerOutageIT {

    private static final String FEED = "/feeds/outage.xml";

    private final FeedServer server = FeedServer.start();
    private final FeedClient feeds = new FeedClient();

    @AfterEach
    void cleanUp() {
        feeds.deleteAll();
        server.close();
    }

    @Test
    void entriesTheBrokerDidNotAcknowledgeArePublishedByALaterPoll() {
        String site = FeedFixtures.uniqueSite();
        // Had the validators of a failed poll been kept, the next poll would be answered 304 and its entries lost.
        Answer document = Answer.document("application/atom+xml", FeedFixtures.document("atom.xml", site))
                .withHeader("ETag", "\"outage-1\"");
        server.serve(FEED, headers -> "\"outage-1\"".equals(headers.getFirst("If-None-Match"))
                ? Answer.status(304) : document);
        LocalKafkaBroker broker = KafkaBrokerTestResource.broker();

        broker.stop();
        String id;
        try {
            id = feeds.register(server.url(FEED), 1);
            JsonPath failed = feeds.awaitStatus(id, "broker-unavailable");
            assertThat(failed.getLong("itemsIngested")).isZero();
            assertThat(failed.getString("lastError")).isNotBlank();
        } finally {
            broker.start();
        }

        JsonPath recovered = feeds.awaitStatus(id, "ok");
        assertThat(recovered.getLong("itemsIngested")).isEqualTo(3);
        assertThat(TopicRecords.all(Topics.ARTICLES).stream()
                .map(record -> Fixtures.parse(record.value()).get("url").textValue())
                .filter(url -> url.startsWith(site) || url.startsWith(server.url("/"))))
                .hasSize(3)
                .doesNotHaveDuplicates();
    }
}
