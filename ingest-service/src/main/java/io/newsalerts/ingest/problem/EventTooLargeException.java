package io.newsalerts.ingest.problem;

import io.newsalerts.edge.problem.ProblemException;

/** An item whose event is larger than Kafka takes ({@code newsalerts.kafka.max-event-bytes}); answered with 413. */
public class EventTooLargeException extends ProblemException {

    public EventTooLargeException(String kind, long bytes, long maxBytes) {
        super(IngestProblems.eventTooLarge("The " + kind + "'s event would be " + bytes + " bytes of JSON; at most "
                + maxBytes + " are published (newsalerts.kafka.max-event-bytes): shorten its text."));
    }
}
