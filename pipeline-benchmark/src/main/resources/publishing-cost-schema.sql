-- The alert tables of alert-service (db/migration/V2__alerts_shaped_for_volume.sql and V3__one_alert_per_story.sql)
-- for PublishingCost, without the
-- subscription table: the foreign key and AlertWriter's "subscription still exists" check would cost the same in
-- both designs.
create table event (
    seq          bigserial   primary key,
    event_type   text        not null,
    event_id     text        not null,
    title        text        not null,
    url          text        not null,
    source       text,
    published_at timestamptz,
    matched_at   timestamptz not null,
    constraint event_once unique (event_type, event_id)
);

-- The alert id of the contract is a function of (subscription, event type, event id): the unique key below is the
-- "unique alert id" an idempotent store-back conflicts on.
create table alert (
    seq             bigserial primary key,
    subscription_id text   not null,
    subscriber_id   text   not null,
    event_seq       bigint not null references event (seq),
    matched_terms   text   not null,
    snippet         text,
    story_id        text,
    constraint alert_once_per_event unique (subscription_id, event_seq)
);
create unique index alert_once_per_story on alert (subscription_id, story_id) where story_id is not null;

create table alert_also_in (
    alert_seq bigint not null,
    event_seq bigint not null,
    constraint alert_also_in_pkey primary key (alert_seq, event_seq)
);

create table alert_outbox (
    seq        bigserial   primary key,
    alert_seqs bigint[]    not null,
    created_at timestamptz not null
);
