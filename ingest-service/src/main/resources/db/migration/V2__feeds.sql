-- The registered feeds and the state of their polling, shared by all replicas.
-- Any replica may poll any feed, but only one at a time: a replica claims a due feed by taking a lease on it
-- (lease_token, lease_until) in a short transaction, polls without holding a transaction, and records the
-- outcome only while it still holds the lease (see FeedLeases).
create table feed (
    id             uuid        primary key,
    -- The canonical URL; one feed per URL.
    url            text        not null unique,
    kind           text        not null check (kind in ('rss', 'atom', 'auto')),
    poll_seconds   integer     not null check (poll_seconds > 0),
    created_at     timestamptz not null,
    -- When the feed is next due; set from the database's clock, as are the leases.
    next_poll_at   timestamptz not null,
    -- The claim of the replica polling the feed now, if any, and when it lapses.
    lease_token    uuid,
    lease_until    timestamptz,
    last_polled_at timestamptz,
    last_status    text        check (last_status in
                       ('ok', 'not-modified', 'partial', 'failed', 'broker-unavailable', 'incomplete')),
    last_error     text,
    last_entries   integer,
    last_ingested  integer,
    last_skipped   integer,
    items_ingested bigint      not null default 0,
    -- Validators of the last document read in full, for the next conditional request.
    etag           text,
    last_modified  text
);

-- The pollers' question: which feeds are due?
create index feed_next_poll_at on feed (next_poll_at);
