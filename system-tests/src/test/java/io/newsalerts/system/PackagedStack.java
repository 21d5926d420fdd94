package io.newsalerts.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.newsalerts.localinfra.LocalKafkaBroker;
import io.newsalerts.localinfra.LocalPorts;
import io.newsalerts.localinfra.PostgresDatabases;
import io.newsalerts.localinfra.ServiceProcess;

/**
 * Both packaged services as separate processes (prod profile), an ephemeral Kafka broker and fresh PostgreSQL
 * databases of their own: what a system test runs against.
 */
final class PackagedStack implements AutoCloseable {

    static final String ADMIN = "it-admin-token-0123456789";
    static final String PUBLISHER = "it-publisher-token-0123456789";
    static final Path REPO = Path.of(System.getProperty("repo.dir", ".."));

    private final LocalKafkaBroker broker;
    private final ServiceProcess ingest;
    private final ServiceProcess alert;

    private PackagedStack(LocalKafkaBroker broker, ServiceProcess ingest, ServiceProcess alert) {
        this.broker = broker;
        this.ingest = ingest;
        this.alert = alert;
    }

    /** Starts the stack on databases {@code newsalerts_ingest_<suffix>} and {@code newsalerts_alerts_<suffix>}. */
    static PackagedStack start(String databaseSuffix) throws Exception {
        LocalKafkaBroker broker = LocalKafkaBroker.ephemeral().start();
        String ingestDb = "newsalerts_ingest_" + databaseSuffix;
        String alertDb = "newsalerts_alerts_" + databaseSuffix;
        PostgresDatabases.recreate("jdbc:postgresql://localhost:5432/", "postgres", "", ingestDb);
        PostgresDatabases.recreate("jdbc:postgresql://localhost:5432/", "postgres", "", alertDb);
        // The packaged jars run in the prod profile, which has no database defaults.
        Map<String, String> common = Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "NEWSALERTS_ADMIN_TOKEN", ADMIN, "NEWSALERTS_PUBLISHER_TOKEN", PUBLISHER,
                "QUARKUS_DATASOURCE_USERNAME", "postgres");
        Path logs = REPO.resolve("system-tests/target/logs");
        ServiceProcess ingest = ServiceProcess.start(REPO, "ingest-service", freePort(), with(common,
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/" + ingestDb), logs);
        // Webhook receivers of the tests listen on loopback, which production refuses.
        ServiceProcess alert = ServiceProcess.start(REPO, "alert-service", freePort(), with(with(common,
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/" + alertDb),
                "NEWSALERTS_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true"), logs);
        PackagedStack stack = new PackagedStack(broker, ingest, alert);
        try {
            long ingestMillis = ingest.awaitReady(Duration.ofSeconds(120));
            long alertMillis = alert.awaitReady(Duration.ofSeconds(120));
            System.out.printf("start-up to ready (both starting at once on 2 cores): ingest-service %d ms, "
                    + "alert-service %d ms%n", ingestMillis, alertMillis);
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    LocalKafkaBroker broker() {
        return broker;
    }

    String ingestUrl() {
        return ingest.baseUrl();
    }

    String alertUrl() {
        return alert.baseUrl();
    }

    /** Kills alert-service at once (no clean shutdown: its connections drop). */
    void killAlertService() throws InterruptedException {
        alert.kill();
    }

    /** Starts alert-service again on its port and waits until it is ready. */
    void startAlertService() throws Exception {
        alert.start();
        alert.awaitReady(Duration.ofSeconds(120));
    }

    /** A new subscriber through the admin API; answers its API key. */
    String newSubscriberKey(String name) throws Exception {
        Http.Answer created = Http.postJson(alertUrl() + "/subscribers", ADMIN, Map.of("name", name));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("apiKey").asText();
    }

    /** Publishes an article through ingest-service; answers its id. */
    String ingestArticle(Map<String, Object> article) throws Exception {
        Http.Answer accepted = Http.postJson(ingestUrl() + "/articles", PUBLISHER, article);
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        return accepted.body().get("id").asText();
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {alert, ingest, broker}) {
            part.close();
        }
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> merged = new LinkedHashMap<>(base);
        merged.put(key, value);
        return merged;
    }

    private static int freePort() throws Exception {
        return LocalPorts.free();
    }
}
