package io.newsalerts.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.newsalerts.contract.Topics;
import io.newsalerts.localinfra.BrokerProcess;
import io.newsalerts.localinfra.LocalPorts;
import io.newsalerts.localinfra.PostgresDatabases;
import io.newsalerts.localinfra.ServiceProcess;

/**
 * The real stack under test, every part its own process: the Kafka broker, ingest-service and alert-service
 * from their packaged jars, fresh databases on the local PostgreSQL, alert-service reaching PostgreSQL through a
 * {@link PostgresProxy} that can be cut. Also the harness's own views of it: the topics, the alerts database,
 * the consumer group.
 */
final class Stack implements AutoCloseable {

    static final String INGEST_DATABASE = "newsalerts_ingest_harness";
    static final String ALERTS_DATABASE = "newsalerts_alerts_harness";
    static final String CONSUMER_GROUP = "alert-service";
    static final List<String> SOURCE_TOPICS = List.of(Topics.ARTICLES, Topics.JOB_POSTINGS);
    private static final List<String> TOPICS = List.of(Topics.ARTICLES, Topics.JOB_POSTINGS, Topics.ALERTS,
            TopicWatcher.ARTICLES_DLQ, Topics.JOB_POSTINGS + ".dlq");

    final Path logs;
    final BrokerProcess broker;
    final PostgresProxy proxy;
    final ServiceProcess ingest;
    final ServiceProcess alert;
    final Admin admin;
    final ConsumerGroups groups;
    final TopicWatcher topics;
    final AlertsDatabase alerts;
    final IngestClient ingestClient;
    final AlertApi alertApi;

    private Stack(Path logs, BrokerProcess broker, PostgresProxy proxy, ServiceProcess ingest, ServiceProcess alert,
            Admin admin, TopicWatcher topics, AlertsDatabase alerts, String adminToken, String publisherToken) {
        this.logs = logs;
        this.broker = broker;
        this.proxy = proxy;
        this.ingest = ingest;
        this.alert = alert;
        this.admin = admin;
        this.groups = new ConsumerGroups(admin);
        this.topics = topics;
        this.alerts = alerts;
        this.ingestClient = new IngestClient(ingest.baseUrl(), publisherToken);
        this.alertApi = new AlertApi(alert.baseUrl(), adminToken);
    }

    /** Starts everything from empty databases and an empty broker in {@code workDir}; logs go to its logs/. */
    static Stack start(Path repo, Path workDir) throws Exception {
        deleteRecursively(workDir);
        Path logs = workDir.resolve("logs");
        Files.createDirectories(logs);
        String pgHost = env("PGHOST", "127.0.0.1");
        int pgPort = Integer.parseInt(env("PGPORT", "5432"));
        String pgUser = env("PGUSER", "postgres");
        String pgPassword = env("PGPASSWORD", "");
        String server = "jdbc:postgresql://" + pgHost + ":" + pgPort + "/";
        PostgresDatabases.recreate(server, pgUser, pgPassword, INGEST_DATABASE);
        PostgresDatabases.recreate(server, pgUser, pgPassword, ALERTS_DATABASE);

        BrokerProcess broker = new BrokerProcess(repo, freePort(), freePort(), workDir.resolve("kafka"),
                logs.resolve("kafka.log"));
        broker.start();
        broker.awaitReady(HarnessSettings.READY_TIMEOUT);
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                15_000));
        admin.createTopics(TOPICS.stream().map(t -> new NewTopic(t, Optional.of(6), Optional.empty())).toList())
                .all().get(30, TimeUnit.SECONDS);
        Progress.log("broker ready at %s, topics created", broker.bootstrapServers());

        PostgresProxy proxy = new PostgresProxy(pgHost, pgPort).start();
        String adminToken = "harness-admin-" + UUID.randomUUID();
        String publisherToken = "harness-publisher-" + UUID.randomUUID();
        Map<String, String> common = new LinkedHashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        common.put("NEWSALERTS_ADMIN_TOKEN", adminToken);
        common.put("NEWSALERTS_PUBLISHER_TOKEN", publisherToken);
        common.put("QUARKUS_DATASOURCE_USERNAME", pgUser);
        common.put("QUARKUS_DATASOURCE_PASSWORD", pgPassword);
        Map<String, String> ingestEnv = new LinkedHashMap<>(common);
        ingestEnv.put("QUARKUS_DATASOURCE_JDBC_URL", server + INGEST_DATABASE);
        // Claims left by a killed ingest-service are taken over sooner than the default 30 s (still above the
        // 10 s delivery timeout, so a publication under way is not taken over): case 2 waits less for them.
        ingestEnv.put("NEWSALERTS_CLAIM_TIMEOUT", "12s");
        Map<String, String> alertEnv = new LinkedHashMap<>(common);
        // The harness's webhook receiver listens on loopback; retries come soon enough for a case to watch them.
        alertEnv.put("NEWSALERTS_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true");
        alertEnv.put("NEWSALERTS_WEBHOOKS_RETRY_SCHEDULE", "1s,2s,5s,10s,20s,30s,60s");
        alertEnv.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/"
                + ALERTS_DATABASE);
        ServiceProcess ingest = ServiceProcess.start(repo, "ingest-service", freePort(), ingestEnv, logs);
        ServiceProcess alert = ServiceProcess.start(repo, "alert-service", freePort(), alertEnv, logs);
        long ingestMillis = ingest.awaitReady(HarnessSettings.READY_TIMEOUT);
        long alertMillis = alert.awaitReady(HarnessSettings.READY_TIMEOUT);
        Progress.log("services ready: ingest-service %s (%d ms), alert-service %s (%d ms, PostgreSQL through proxy"
                + " :%d); logs in %s", ingest.baseUrl(), ingestMillis, alert.baseUrl(), alertMillis, proxy.port(),
                logs);
        TopicWatcher topics = new TopicWatcher(broker.bootstrapServers());
        AlertsDatabase alerts = new AlertsDatabase(server + ALERTS_DATABASE, pgUser, pgPassword);
        return new Stack(logs, broker, proxy, ingest, alert, admin, topics, alerts, adminToken, publisherToken);
    }

    /** Creates a case's two subscriptions. */
    CaseWorkload subscribe(String word) throws Exception {
        List<String> queries = CaseWorkload.queries(word);
        return new CaseWorkload(word, alertApi.createSubscription(queries.get(0)),
                alertApi.createSubscription(queries.get(1)));
    }

    /** Stops every part, each even if another one fails to stop. */
    @Override
    public void close() throws Exception {
        Exception first = null;
        for (AutoCloseable part : new AutoCloseable[] {topics, alert, ingest, admin, broker, proxy}) {
            try {
                part.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int freePort() throws IOException {
        return LocalPorts.free();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
