package io.newsalerts.alert.persistence;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A stored webhook endpoint: where to send its owner's alerts, which of them, and the secret that signs them. */
@Entity
@Table(name = "webhook")
public class WebhookEntity {

    /** {@link #delivery}: one call per alert, as soon as it is recorded. */
    public static final String REALTIME = "realtime";

    @Id
    public String id;

    @Column(name = "subscriber_id", nullable = false)
    public String subscriberId;

    @Column(nullable = false)
    public String url;

    public String description;

    /** {@link #REALTIME}, {@code "hourly"} or {@code "daily"}. */
    @Column(nullable = false)
    public String delivery;

    /** Every subscription of the subscriber (also later ones), or only {@link #subscriptionIds}. */
    @Column(name = "all_subscriptions", nullable = false)
    public boolean allSubscriptions;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_subscription", joinColumns = @JoinColumn(name = "webhook_id"))
    @Column(name = "subscription_id")
    public Set<String> subscriptionIds = new HashSet<>();

    /** {@code whsec_} and the base64 of the key. */
    @Column(nullable = false)
    public String secret;

    /** The secret before the last rotation, signing beside {@link #secret} until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Hourly and daily endpoints: the end of the last period whose digest is queued. */
    @Column(name = "digested_until")
    public Instant digestedUntil;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "disabled_reason")
    public String disabledReason;
}
