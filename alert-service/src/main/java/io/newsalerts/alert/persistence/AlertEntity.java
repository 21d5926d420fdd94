package io.newsalerts.alert.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recorded alert: one subscription matched one event. {@code seq} orders alerts and backs the page cursor. */
@Entity
@Table(name = "alert")
public class AlertEntity {

    @Id
    public Long seq;

    @Column(nullable = false, unique = true)
    public String id;

    @Column(name = "subscription_id", nullable = false)
    public String subscriptionId;

    @Column(name = "subscriber_id", nullable = false)
    public String subscriberId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String url;

    /** JSON array of the matched terms. */
    @Column(name = "matched_terms", nullable = false)
    public String matchedTerms;

    public String snippet;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "matched_at", nullable = false)
    public Instant matchedAt;
}
