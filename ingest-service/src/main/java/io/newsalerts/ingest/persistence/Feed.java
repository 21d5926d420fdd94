package io.newsalerts.ingest.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A registered feed and the state of its polling (see {@code V2__feeds.sql}). */
@Entity
@Table(name = "feed")
public class Feed {

    @Id
    @Column(name = "id", nullable = false)
    public UUID id;

    /** The canonical URL. */
    @Column(name = "url", nullable = false, unique = true, columnDefinition = "text")
    public String url;

    /** {@code rss}, {@code atom} or {@code auto}. */
    @Column(name = "kind", nullable = false, columnDefinition = "text")
    public String kind;

    @Column(name = "poll_seconds", nullable = false)
    public int pollSeconds;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_poll_at", nullable = false)
    public Instant nextPollAt;

    @Column(name = "lease_token")
    public UUID leaseToken;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_polled_at")
    public Instant lastPolledAt;

    @Column(name = "last_status", columnDefinition = "text")
    public String lastStatus;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    @Column(name = "last_entries")
    public Integer lastEntries;

    @Column(name = "last_ingested")
    public Integer lastIngested;

    @Column(name = "last_skipped")
    public Integer lastSkipped;

    @Column(name = "items_ingested", nullable = false)
    public long itemsIngested;

    @Column(name = "etag", columnDefinition = "text")
    public String etag;

    @Column(name = "last_modified", columnDefinition = "text")
    public String lastModified;
}
