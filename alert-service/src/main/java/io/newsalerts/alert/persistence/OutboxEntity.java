package io.newsalerts.alert.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An alert event waiting in the transactional outbox to be published to {@code news.alerts}. */
@Entity
@Table(name = "alert_outbox")
public class OutboxEntity {

    @Id
    public Long seq;

    @Column(name = "alert_id", nullable = false)
    public String alertId;

    @Column(name = "record_key", nullable = false)
    public String recordKey;

    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
