package io.newsalerts.pipeline;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsalerts.contract.Topics;
import io.newsalerts.localinfra.BrokerProcess;
import io.newsalerts.localinfra.Directories;
import io.newsalerts.localinfra.LocalPorts;
import io.newsalerts.localinfra.PostgresDatabases;

/**
 * What {@link PublishingCost} measures against: a fresh Kafka broker as its own process ({@code news.alerts} and
 * {@code news.articles}), a fresh PostgreSQL database with alert-service's alert tables holding some alerts already,
 * and the Kafka clients, configured as alert-service's. Everything is closed, the broker's data deleted and the
 * database dropped on close.
 */
final class CostStack implements AutoCloseable {

    static final String DATABASE = "newsalerts_publishing_cost";

    private static final String PRELOAD = """
            insert into event (event_type, event_id, title, url, published_at, matched_at)
            select 'article', md5('preloaded-' || n), rpad('Preloaded article ' || n, 60, ' news'),
                   rpad('https://www.example-news.test/preloaded/' || n, 80, '-news'), now(), now()
              from generate_series(1, ?) n;
            insert into alert (subscription_id, subscriber_id, event_seq, matched_terms, snippet)
            select md5('subscription-' || (event.seq * 8 + k) * 7919 % 20000)::uuid::text,
                   md5('subscriber-' || (event.seq * 8 + k) * 7919 % 2000)::uuid::text,
                   event.seq, '["preloaded","news"]', rpad('A preloaded snippet', 160, ' news')
              from event cross join generate_series(0, 7) k""";

    private final CostOptions options;
    private final Path kafkaData;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private BrokerProcess broker;

    /** Nothing runs yet ({@link #start()}); closed by the shutdown hook too (Ctrl-C), so no broker is left behind. */
    CostStack(CostOptions options) {
        this.options = options;
        this.kafkaData = options.out().resolve("publishing-cost-kafka");
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-publishing-cost-stack"));
    }

    /** Starts the broker, creates the topics, the database, its tables and the preloaded alerts. */
    void start() throws Exception {
        Directories.deleteRecursively(kafkaData);
        broker = new BrokerProcess(options.repo(), LocalPorts.free(), LocalPorts.free(), kafkaData,
                options.out().resolve("publishing-cost-kafka.log"));
        resources.add(broker);
        broker.start();
        broker.awaitReady(Duration.ofSeconds(180));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.ALERTS, Optional.of(options.partitions()), Optional.empty()),
                    new NewTopic(Topics.ARTICLES, Optional.of(1), Optional.empty()))).all().get(30, TimeUnit.SECONDS);
        }
        PostgresDatabases.recreate(BenchStack.serverUrl(), BenchStack.pg("PGUSER", "postgres"),
                BenchStack.pg("PGPASSWORD", ""), DATABASE);
        try (Connection connection = open(); Statement statement = connection.createStatement();
                InputStream schema = getClass().getResourceAsStream("/publishing-cost-schema.sql")) {
            statement.execute(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
            for (String insert : PRELOAD.split(";")) {
                try (PreparedStatement preload = connection.prepareStatement(insert)) {
                    if (insert.contains("?")) {
                        preload.setInt(1, options.preload() / 8);
                    }
                    preload.executeUpdate();
                }
            }
        }
        settle();
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    ProcessHandle brokerProcess() {
        return broker.handle();
    }

    List<TopicPartition> alertPartitions() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (int i = 0; i < options.partitions(); i++) {
            partitions.add(new TopicPartition(Topics.ALERTS, i));
        }
        return partitions;
    }

    /** A new connection to the database, not auto-committing, closed with the stack. */
    Connection connect() throws SQLException {
        Connection connection = open();
        connection.setAutoCommit(false);
        resources.add(connection);
        return connection;
    }

    /** Between passes: fresh planner statistics (as autovacuum would keep them), a checkpoint (none comes mid-pass). */
    void settle() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute("analyze event, alert, alert_outbox");
            statement.execute("checkpoint");
        }
    }

    /**
     * A producer as alert-service's {@code DurableProducers} makes them (acks=all, idempotent, linger 5 ms, 256 KiB
     * batches), transactional if {@code transactionalId} is not null (then with the {@code --retry-backoff-ms} of the
     * options: how soon it retries a send that the coordinator answers "concurrent transactions" while it is still
     * completing the previous one); closed with the stack.
     */
    KafkaProducer<String, byte[]> producer(String clientId, String transactionalId) {
        Map<String, Object> settings = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(), ProducerConfig.CLIENT_ID_CONFIG, clientId, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000));
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        if (transactionalId != null) {
            settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            settings.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, options.retryBackoffMs());
        }
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new ByteArraySerializer());
        resources.add(producer);
        return producer;
    }

    /** A consumer of group {@code group} with these settings besides; closed with the stack. */
    KafkaConsumer<String, byte[]> consumer(String group, Map<String, Object> more) {
        Map<String, Object> settings = new HashMap<>(more);
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer());
        resources.add(consumer);
        return consumer;
    }

    /**
     * Closes the clients and connections, stops the broker, deletes its data and drops the database (over a GB after
     * a full run), each even if another fails.
     */
    @Override
    public synchronized void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                Log.line("could not close %s: %s", resources.get(i).getClass().getSimpleName(), e);
            }
        }
        resources.clear();
        Directories.deleteRecursively(kafkaData);
        try (Connection server = DriverManager.getConnection(BenchStack.serverUrl() + "postgres",
                BenchStack.pg("PGUSER", "postgres"), BenchStack.pg("PGPASSWORD", ""));
                Statement drop = server.createStatement()) {
            drop.execute("drop database if exists " + DATABASE + " with (force)");
        } catch (SQLException e) {
            Log.line("could not drop database %s: %s", DATABASE, e.getMessage());
        }
    }

    private static Connection open() throws SQLException {
        return DriverManager.getConnection(BenchStack.serverUrl() + DATABASE, BenchStack.pg("PGUSER", "postgres"),
                BenchStack.pg("PGPASSWORD", ""));
    }
}
