package io.newsalerts.ingest.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The record that an item (an article or a job posting) has been accepted and its event published. */
@Entity
@Table(name = "ingested_item")
@IdClass(IngestedItem.Key.class)
public class IngestedItem {

    /** The event type's wire name: {@code article} or {@code job-posting}. */
    @Id
    @Column(name = "kind", nullable = false, columnDefinition = "text")
    public String kind;

    @Id
    @Column(name = "id", nullable = false, columnDefinition = "text")
    public String id;

    /** The canonical URL. */
    @Column(name = "url", nullable = false, columnDefinition = "text")
    public String url;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    /** The primary key: kind and id. */
    public static class Key implements Serializable {

        public String kind;
        public String id;

        public Key() {
        }

        public Key(String kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(kind, key.kind) && Objects.equals(id, key.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, id);
        }
    }
}
