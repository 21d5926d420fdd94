package io.newsalerts.alert.persistence;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A recorded alert: one subscription matched one event (whose row holds what every alert of it shows). A collapsed
 * alert stands for a story: the later articles of the story that its subscription matched are its "also in" events.
 */
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

    /** The story this alert stands for; {@code null} unless its subscription collapses stories. */
    @Column(name = "story_id")
    public String storyId;

    /** The story's later articles, oldest first (written in bulk by {@link AlertWriter}, read here). */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "alert_also_in", joinColumns = @JoinColumn(name = "alert_seq"),
            inverseJoinColumns = @JoinColumn(name = "event_seq"))
    @OrderBy("seq")
    public List<EventEntity> alsoIn;
}
