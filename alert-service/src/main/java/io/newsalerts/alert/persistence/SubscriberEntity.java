package io.newsalerts.alert.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A subscriber: the owner of subscriptions, known by the hash of its API key. */
@Entity
@Table(name = "subscriber")
public class SubscriberEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "api_key_hash", nullable = false, unique = true)
    public String apiKeyHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
