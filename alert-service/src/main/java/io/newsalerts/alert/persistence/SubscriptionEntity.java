package io.newsalerts.alert.persistence;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** A stored subscription: a query and its filters, owned by one subscriber. */
@Entity
@Table(name = "subscription")
public class SubscriptionEntity {

    /** {@link #collapse}: one alert per story, later articles of it listed under the alert's "also in". */
    public static final String COLLAPSE_STORY = "story";
    /** {@link #collapse}: an alert for every article. */
    public static final String COLLAPSE_NONE = "none";

    @Id
    public String id;

    @Column(name = "subscriber_id", nullable = false)
    public String subscriberId;

    public String name;

    @Column(nullable = false)
    public String query;

    /** Comma-separated event types; {@code null} means every type. */
    public String types;

    @Column(name = "min_salary_amount", precision = 19, scale = 2)
    public BigDecimal minSalaryAmount;

    @Column(name = "min_salary_currency")
    public String minSalaryCurrency;

    public String language;

    /** {@link #COLLAPSE_STORY} or {@link #COLLAPSE_NONE}. */
    @Column(nullable = false)
    public String collapse = COLLAPSE_STORY;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The token of the subscription's Atom feed: made by the database, replaced by {@code rotateFeedToken}. */
    @Generated(event = EventType.INSERT)
    @Column(name = "feed_token", insertable = false, updatable = false)
    public String feedToken;

    public boolean collapsesStories() {
        return !COLLAPSE_NONE.equals(collapse);
    }
}
