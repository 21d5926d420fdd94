-- Subscribers own subscriptions; an API key is stored only as its SHA-256 hash.
create table subscriber (
    id           text primary key,
    name         text        not null,
    api_key_hash text        not null unique,
    created_at   timestamptz not null
);

create table subscription (
    id                  text primary key,
    subscriber_id       text        not null references subscriber (id) on delete cascade,
    name                text,
    query               text        not null,
    types               text,                 -- comma-separated event types; null means every type
    min_salary_amount   numeric(19, 2),
    min_salary_currency text,
    language            text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index subscription_by_subscriber on subscription (subscriber_id, created_at);

-- Every change to a subscription, in the transaction of the change: replicas follow this log to keep
-- their in-memory matchers in step with the table.
create table subscription_change (
    seq             bigserial primary key,
    subscription_id text        not null,
    changed_at      timestamptz not null
);

-- One row per alert; (subscription_id, event_id) makes a redelivered event change nothing.
create table alert (
    seq             bigserial primary key,
    id              text        not null unique,
    subscription_id text        not null references subscription (id) on delete cascade,
    subscriber_id   text        not null,
    event_type      text        not null,
    event_id        text        not null,
    title           text        not null,
    url             text        not null,
    matched_terms   text        not null,    -- JSON array of strings
    snippet         text,
    published_at    timestamptz,
    matched_at      timestamptz not null,
    constraint alert_once_per_event unique (subscription_id, event_type, event_id)
);

-- Events whose alerts are recorded, written in the same transaction as those alerts.
create table processed_event (
    event_key    text primary key,            -- "<eventType>:<eventId>"
    processed_at timestamptz not null
);

-- Transactional outbox: alert events waiting to be published to Kafka, in order.
create table alert_outbox (
    seq        bigserial primary key,
    alert_id   text        not null,
    record_key text        not null,
    payload    text        not null,
    created_at timestamptz not null,
    sent_at    timestamptz
);
create index alert_outbox_unsent on alert_outbox (seq) where sent_at is null;
