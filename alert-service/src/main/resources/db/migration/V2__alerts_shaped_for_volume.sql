-- Alerts shaped for volume (batched recording, see AlertRecorder):
--   event        one row per processed event, with what its alerts show (title, URL, times), written once;
--                it replaces processed_event as the mark that makes a redelivered event change nothing
--   alert        one slim row per subscription and event, referencing its event
--   alert_outbox one row per recorded batch, listing its alerts, deleted once they are on news.alerts
-- Existing data is carried over.

create table event (
    seq          bigserial   primary key,
    event_type   text        not null,
    event_id     text        not null,
    title        text        not null,
    url          text        not null,
    published_at timestamptz,
    -- When the event's alerts were recorded: the matchedAt of each of them.
    matched_at   timestamptz not null,
    constraint event_once unique (event_type, event_id)
);

insert into event (event_type, event_id, title, url, published_at, matched_at)
select marked.event_type, marked.event_id, coalesce(example.title, ''), coalesce(example.url, ''),
       example.published_at, coalesce(example.matched_at, marked.processed_at)
  from (select split_part(event_key, ':', 1) as event_type,
               substring(event_key from position(':' in event_key) + 1) as event_id,
               processed_at
          from processed_event
         order by processed_at, event_key) marked
  left join lateral (select title, url, published_at, matched_at from alert
                      where alert.event_type = marked.event_type and alert.event_id = marked.event_id
                      limit 1) example on true;

-- No foreign keys: checking two on every row cost more than the insert itself (33,000 alert rows: 360 ms with
-- them, 120-160 ms without, on the benchmark machine). The event of an alert is written in the same transaction;
-- the insert skips subscriptions that no longer exist, and SubscriptionService deletes a subscription's alerts
-- with it.
create table alert_v2 (
    seq             bigserial primary key,
    subscription_id text   not null,
    subscriber_id   text   not null,
    event_seq       bigint not null,
    matched_terms   text   not null,    -- JSON array of strings
    snippet         text
);

insert into alert_v2 (seq, subscription_id, subscriber_id, event_seq, matched_terms, snippet)
select alert.seq, alert.subscription_id, alert.subscriber_id, event.seq, alert.matched_terms, alert.snippet
  from alert join event on event.event_type = alert.event_type and event.event_id = alert.event_id
 order by alert.seq;
select setval(pg_get_serial_sequence('alert_v2', 'seq'), greatest((select max(seq) from alert_v2), 1));

create table alert_outbox_v2 (
    seq        bigserial   primary key,
    alert_seqs bigint[]    not null,
    created_at timestamptz not null
);

insert into alert_outbox_v2 (alert_seqs, created_at)
select array_agg(alert.seq order by outbox.seq), min(outbox.created_at)
  from alert_outbox outbox join alert on alert.id = outbox.alert_id
 where outbox.sent_at is null
having count(*) > 0;

drop table alert_outbox;
drop table alert;
drop table processed_event;
alter table alert_v2 rename to alert;
alter table alert_outbox_v2 rename to alert_outbox;
alter sequence alert_v2_seq_seq rename to alert_seq_seq;
alter sequence alert_outbox_v2_seq_seq rename to alert_outbox_seq_seq;
alter index alert_v2_pkey rename to alert_pkey;
alter index alert_outbox_v2_pkey rename to alert_outbox_pkey;
-- Also the index of a subscription's alerts, oldest first (the page cursor is the event's seq).
alter table alert add constraint alert_once_per_event unique (subscription_id, event_seq);
