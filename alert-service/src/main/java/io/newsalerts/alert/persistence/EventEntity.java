package io.newsalerts.alert.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A processed event, recorded once with what its alerts show; its {@code seq} orders a subscription's alerts. */
@Entity
@Table(name = "event")
public class EventEntity {

    @Id
    public Long seq;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String url;

    /** The article's source; {@code null} for a job posting. */
    public String source;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** When the event's alerts were recorded. */
    @Column(name = "matched_at", nullable = false)
    public Instant matchedAt;
}
