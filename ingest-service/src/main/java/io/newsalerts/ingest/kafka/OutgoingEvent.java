package io.newsalerts.ingest.kafka;

import java.time.Instant;

import io.newsalerts.contract.EventType;

/**
 * An event to publish: its type (and so its topic), its item id (the record key), its time (the CloudEvents
 * {@code ce_time}) and its value: the event as UTF-8 JSON.
 */
public record OutgoingEvent(EventType type, String id, Instant time, byte[] json) {
}
