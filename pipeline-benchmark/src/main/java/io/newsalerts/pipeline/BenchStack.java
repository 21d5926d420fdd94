package io.newsalerts.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.newsalerts.contract.Topics;
import io.newsalerts.localinfra.BrokerProcess;
import io.newsalerts.localinfra.Directories;
import io.newsalerts.localinfra.LocalPorts;
import io.newsalerts.localinfra.PostgresDatabases;
import io.newsalerts.localinfra.ServiceProcess;

/**
 * The stack under measurement, every part its own process: a fresh Kafka broker (topics of 6 partitions),
 * ingest-service and one or more alert-service replicas from their packaged jars, on empty databases of the local
 * PostgreSQL ({@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD} as libpq reads them). The
 * services' rate limits are raised so that the limiter never answers the benchmark.
 */
final class BenchStack implements AutoCloseable {

    static final String INGEST_DATABASE = "newsalerts_ingest_bench";
    static final String ALERTS_DATABASE = "newsalerts_alerts_bench";
    static final String CONSUMER_GROUP = "alert-service";
    private static final List<String> TOPICS = List.of(Topics.ARTICLES, Topics.JOB_POSTINGS, Topics.ALERTS,
            Topics.ARTICLES + ".dlq", Topics.JOB_POSTINGS + ".dlq");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final String UNLIMITED_RATE = "1000000";
    private static final List<String> ALERT_SERVICE_JVM = List.of("-Xmx1g");

    final String adminToken = "bench-admin-" + UUID.randomUUID();
    final String publisherToken = "bench-publisher-" + UUID.randomUUID();
    private final Path repo;
    private final Path logs;
    private final Path kafkaData;
    private final List<ServiceProcess> alertReplicas = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::close, "stop-stack");
    private BrokerProcess broker;
    private Admin admin;
    private ServiceProcess ingest;
    private boolean closed;

    private BenchStack(Path repo, Path workDir) {
        this.repo = repo;
        this.logs = workDir.resolve("logs");
        this.kafkaData = workDir.resolve("kafka-data");
    }

    /** Starts everything, logs under {@code workDir/logs}; the broker's data is deleted on {@link #close()}. */
    static BenchStack start(Path repo, Path workDir) throws Exception {
        BenchStack stack = new BenchStack(repo, workDir);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.startAll();
            return stack;
        } catch (Exception e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        Directories.deleteRecursively(kafkaData);
        PostgresDatabases.recreate(serverUrl(), pg("PGUSER", "postgres"), pg("PGPASSWORD", ""), INGEST_DATABASE);
        PostgresDatabases.recreate(serverUrl(), pg("PGUSER", "postgres"), pg("PGPASSWORD", ""), ALERTS_DATABASE);
        broker = new BrokerProcess(repo, LocalPorts.free(), LocalPorts.free(), kafkaData, logs.resolve("kafka.log"));
        broker.start();
        broker.awaitReady(READY_TIMEOUT);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000));
        admin.createTopics(TOPICS.stream().map(topic -> new NewTopic(topic, Optional.of(6), Optional.empty()))
                .toList()).all().get(30, TimeUnit.SECONDS);
        Log.line("broker ready at %s, topics created; logs in %s", broker.bootstrapServers(), logs);
        ingest = ServiceProcess.start(repo, "ingest-service", LocalPorts.free(), environment(INGEST_DATABASE), logs);
        addAlertReplica();
        long millis = ingest.awaitReady(READY_TIMEOUT);
        Log.line("ingest-service ready at %s (%d ms)", ingest.baseUrl(), millis);
    }

    /** Starts one more alert-service replica (same broker and database, its own port) and waits until it is ready. */
    ServiceProcess addAlertReplica() throws Exception {
        int number = alertReplicas.size() + 1;
        Path replicaLogs = number == 1 ? logs : logs.resolve("alert-service-" + number);
        ServiceProcess replica = ServiceProcess.start(repo, "alert-service", LocalPorts.free(),
                environment(ALERTS_DATABASE), replicaLogs, ALERT_SERVICE_JVM);
        alertReplicas.add(replica);
        long millis = replica.awaitReady(READY_TIMEOUT);
        Log.line("alert-service replica %d ready at %s (%d ms)", number, replica.baseUrl(), millis);
        return replica;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    Admin admin() {
        return admin;
    }

    ServiceProcess ingest() {
        return ingest;
    }

    List<ServiceProcess> alertReplicas() {
        return List.copyOf(alertReplicas);
    }

    /** The running processes by the names the tables use: ingest, alert-1, alert-2…, broker. */
    Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        processes.put("ingest", ingest.handle());
        for (int i = 0; i < alertReplicas.size(); i++) {
            processes.put("alert-" + (i + 1), alertReplicas.get(i).handle());
        }
        processes.put("broker", broker.handle());
        return processes;
    }

    /**
     * Stops every part (the services at once: their state is thrown away), each even if another one fails; also
     * when the benchmark is interrupted (Ctrl-C), so that no process is left behind.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != shutdownHook) {
            stop("shutdown hook", () -> Runtime.getRuntime().removeShutdownHook(shutdownHook));
        }
        for (ServiceProcess replica : alertReplicas) {
            stop("alert-service", replica::kill);
        }
        if (ingest != null) {
            stop("ingest-service", ingest::kill);
        }
        if (admin != null) {
            stop("admin client", admin::close);
        }
        if (broker != null) {
            stop("broker", broker::close);
        }
        Directories.deleteRecursively(kafkaData);
    }

    /** A service's environment: the broker, the tokens, the rate limits out of the way, its database. */
    private Map<String, String> environment(String database) {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "NEWSALERTS_ADMIN_TOKEN", adminToken, "NEWSALERTS_PUBLISHER_TOKEN", publisherToken,
                "NEWSALERTS_RATE_LIMIT_PER_SECOND", UNLIMITED_RATE, "NEWSALERTS_RATE_LIMIT_BURST", UNLIMITED_RATE,
                "QUARKUS_DATASOURCE_JDBC_URL", serverUrl() + database,
                "QUARKUS_DATASOURCE_USERNAME", pg("PGUSER", "postgres"),
                "QUARKUS_DATASOURCE_PASSWORD", pg("PGPASSWORD", ""));
    }

    /** The JDBC url of the local PostgreSQL server, without a database. */
    static String serverUrl() {
        return "jdbc:postgresql://" + pg("PGHOST", "127.0.0.1") + ":" + pg("PGPORT", "5432") + "/";
    }

    /** A libpq environment variable, or {@code fallback} when it is unset or blank. */
    static String pg(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void stop(String what, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            Log.line("could not stop %s: %s", what, e);
        }
    }
}
