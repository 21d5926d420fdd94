package io.newsalerts.ingest.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.newsalerts.contract.Topics;
import io.newsalerts.ingest.config.IngestConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Creates the topics this service writes, with the configured partition count and the broker's default
 * replication factor, when they do not exist yet. A broker that cannot be reached at startup is only logged:
 * publishing reports it per request (503).
 */
@ApplicationScoped
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    void createTopics(@Observes StartupEvent startup, IngestConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
            String bootstrapServers) {
        if (!config.kafka().createTopics()) {
            return;
        }
        Duration timeout = config.kafka().topicCreationTimeout();
        Map<String, Object> settings = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.dividedBy(2).toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        List<NewTopic> topics = List.of(Topics.ARTICLES, Topics.JOB_POSTINGS).stream()
                .map(name -> new NewTopic(name, Optional.of(config.kafka().topicPartitions()), Optional.empty()))
                .toList();
        try (Admin admin = Admin.create(settings)) {
            admin.createTopics(topics).values().forEach((topic, creation) -> await(topic, creation, timeout));
        } catch (KafkaException e) {
            LOG.warnf("Could not create the topics: %s", e.getMessage());
        }
    }

    private static void await(String topic, KafkaFuture<Void> creation, Duration timeout) {
        try {
            creation.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.infof("Created topic %s", topic);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("Could not create topic %s: %s", topic, e.getCause().getMessage());
            }
        } catch (TimeoutException e) {
            LOG.warnf("Could not create topic %s within %s", topic, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
