-- Webhook endpoints (CONTRACT "Webhook delivery"), owned by a subscriber. The signing secret is kept as it is: the
-- service must know the key to sign with it (see the README, "Webhooks"). During a rotation the previous secret
-- signs too, until previous_secret_until.
create table webhook (
    id                    text primary key,
    subscriber_id         text        not null references subscriber (id) on delete cascade,
    url                   text        not null,
    description           text,
    delivery              text        not null
        constraint webhook_delivery_mode check (delivery in ('realtime', 'hourly', 'daily')),
    -- true: every subscription of the subscriber, also later ones; false: those in webhook_subscription
    all_subscriptions     boolean     not null,
    secret                text        not null,
    previous_secret       text,
    previous_secret_until timestamptz,
    created_at            timestamptz not null,
    -- hourly/daily: the end of the last period whose digest is queued (the start of the first one at registration)
    digested_until        timestamptz,
    -- Since when every attempt has failed (null after a success): 5 days of that disables the endpoint.
    failing_since         timestamptz,
    disabled_at           timestamptz,
    disabled_reason       text
);
create index webhook_by_subscriber on webhook (subscriber_id, created_at);

create table webhook_subscription (
    webhook_id      text not null references webhook (id) on delete cascade,
    subscription_id text not null references subscription (id) on delete cascade,
    constraint webhook_subscription_pkey primary key (webhook_id, subscription_id)
);
create index webhook_subscription_by_subscription on webhook_subscription (subscription_id);

-- Deliveries not yet made: one row per endpoint and alert, written in the transaction that records the alert, so
-- that a crash loses none; or, for hourly and daily endpoints, one row per endpoint and period (its digest), written
-- in the transaction that moves webhook.digested_until past the period, so that each period is queued once.
-- due_at is when the next attempt may start; a dispatcher that claims a row moves it past the attempt's timeout (a
-- lease: should the replica die, the row is due again then). Deleted once delivered, given up or its endpoint
-- disabled. No foreign keys, like alert: it is written on the recording path.
create table webhook_delivery (
    seq          bigserial   primary key,
    webhook_id   text        not null,
    alert_seq    bigint,
    period_start timestamptz,
    period_end   timestamptz,
    attempts     int         not null default 0,
    due_at       timestamptz not null,
    created_at   timestamptz not null,
    constraint webhook_delivery_once unique (webhook_id, alert_seq),
    constraint webhook_digest_once unique (webhook_id, period_start),
    constraint webhook_delivery_alert_or_period check ((alert_seq is null) = (period_start is not null)
        and (period_start is null) = (period_end is null))
);
create index webhook_delivery_due on webhook_delivery (webhook_id, due_at);

-- Every attempt, for GET /webhooks/{id}/deliveries (the page cursor is seq).
create table webhook_attempt (
    seq          bigserial   primary key,
    webhook_id   text        not null references webhook (id) on delete cascade,
    alert_ids    text[]      not null,
    attempt      int         not null,
    status       int,
    error        text,
    duration_ms  int         not null,
    attempted_at timestamptz not null
);
create index webhook_attempt_by_webhook on webhook_attempt (webhook_id, seq);
