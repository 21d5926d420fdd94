package io.newsalerts.ingest.kafka;

/**
 * Kafka did not acknowledge an event in time, or refused it. The event must not be reported as accepted; the
 * caller rolls back what it recorded and answers 503.
 */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
