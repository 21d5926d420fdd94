package io.newsalerts.ingest.rest;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsalerts.edge.problem.Problem;
import io.newsalerts.edge.problem.Problems;
import io.newsalerts.ingest.persistence.FeedRepository;
import io.newsalerts.ingest.support.FeedClient;
import io.newsalerts.ingest.support.FeedServer;
import io.newsalerts.ingest.support.FeedServer.Answer;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The guard against server-side request forgery as production has it on: feed URLs on loopback, private or
 * link-local addresses are refused at registration, and a feed that resolves to one is never fetched. Nothing
 * here connects anywhere: the refused addresses are refused before a connection.
 */
@QuarkusTest
@TestProfile(FeedAddressGuardTest.GuardOn.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class FeedAddressGuardTest {

    /** The production default: private addresses refused. */
    public static class GuardOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsalerts.feeds.allow-private-addresses", "false");
        }
    }

    @Inject
    FeedRepository repository;

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]", "2130706433", "0x7f000001", "0177.0.0.1", "127.1",
        "169.254.169.254", "10.0.0.1", "192.168.1.1", "[fe80::1]", "[::ffff:127.0.0.1]", "[fd00::1]", "224.0.0.1"})
    void aFeedOnAPrivateAddressIsRefusedNamingUrl(String host) {
        publisher().contentType(ContentType.JSON)
                .body(Fixtures.JSON.createObjectNode().put("url", "http://" + host + ":8080/feed.xml").toString())
                .post("/feeds")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", is(Problems.INVALID_REQUEST))
                .body("errors.field", contains("url"));
    }

    @Test
    void aFeedWhoseHostResolvesToLoopbackAtPollTimeFailsWithoutAConnection() {
        // Stored as if its name had resolved to a public address at registration, and to loopback now.
        try (FeedServer server = FeedServer.start()) {
            server.serve("/feed.xml", Answer.document("application/rss+xml", new byte[0]));
            UUID id = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> repository.insertIfAbsent(id,
                    server.url("/feed.xml").replace("127.0.0.1", "localhost"), "auto", 3600));
            try {
                String lastError = new FeedClient().awaitStatus(id.toString(), "failed").getString("lastError");

                assertThat(lastError).startsWith("refused: localhost resolves to ").contains("a loopback address");
                assertThat(server.hits("/feed.xml")).isZero();
            } finally {
                publisher().delete("/feeds/" + id);
            }
        }
    }
}
