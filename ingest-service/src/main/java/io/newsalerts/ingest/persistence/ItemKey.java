package io.newsalerts.ingest.persistence;

import io.newsalerts.contract.EventType;

/** What identifies an ingested item across replicas: its kind and its id. */
public record ItemKey(EventType kind, String id) {
}
