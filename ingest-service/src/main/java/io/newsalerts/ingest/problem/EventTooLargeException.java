package io.newsalerts.ingest.problem;

/** An item whose event is larger than Kafka takes ({@code newsalerts.kafka.max-event-bytes}); answered with 413. */
public class EventTooLargeException extends RuntimeException {

    public EventTooLargeException(String kind, long bytes, long maxBytes) {
        super("the " + kind + "'s event would be " + bytes + " bytes of JSON; at most " + maxBytes
                + " are published (newsalerts.kafka.max-event-bytes): shorten its text");
    }
}
