-- A digest period with more alerts than newsalerts.webhooks.digest-max-alerts is delivered in consecutive parts:
-- once a part is delivered, its row moves on to the next part, the alerts after the last one it held (by seq).
-- Rows of single alerts keep the defaults.
alter table webhook_delivery
    add column digest_part      int    not null default 1,
    add column digest_after_seq bigint not null default 0;
