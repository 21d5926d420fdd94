package io.newsalerts.localinfra;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Kafka broker for a {@code @QuarkusTest} and points {@code kafka.bootstrap.servers} at it.
 * Tests reach the broker (to stop and restart it, for example) through {@link #broker()}.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile LocalKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = LocalKafkaBroker.ephemeral().start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** The running broker of the current test application. */
    public static LocalKafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("no Kafka broker is running; is the test annotated with this resource?");
        }
        return broker;
    }
}
