package io.newsalerts.alert.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A recorded alert: one subscription matched one event (whose row holds what every alert of it shows). */
@Entity
@Table(name = "alert")
public class AlertEntity {

    @Id
    public Long seq;

    @Column(name = "subscription_id", nullable = false)
    public String subscriptionId;

    @Column(name = "subscriber_id", nullable = false)
    public String subscriberId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_seq", nullable = false)
    public EventEntity event;

    /** JSON array of the matched terms. */
    @Column(name = "matched_terms", nullable = false)
    public String matchedTerms;

    public String snippet;
}
