-- One row per item ever accepted: the de-duplication record shared by all replicas.
-- A row is inserted in the same transaction that waits for Kafka's acknowledgement of the item's event,
-- so it exists exactly when the event was published (see IngestService).
create table ingested_item (
    -- 'article' or 'job-posting': an article and a job posting may share an id (a client's own, say).
    kind        text        not null check (kind in ('article', 'job-posting')),
    -- The client's id, or one derived from the canonical URL.
    id          text        not null,
    -- The canonical URL.
    url         text        not null,
    ingested_at timestamptz not null,
    primary key (kind, id)
);
