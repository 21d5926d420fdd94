-- One alert per story (CONTRACT "Stories"): a subscription alerts once per story unless its collapse is 'none'; a
-- later article of a story it has alerted on is recorded as an "also in" member of that alert, with no alert of its
-- own (so no outbox row and nothing on news.alerts).

alter table subscription add column collapse text not null default 'story'
    constraint subscription_collapse check (collapse in ('story', 'none'));

-- What an "also in" entry shows besides the event id and URL.
alter table event add column source text;

-- The story a collapsed alert stands for; null for an alert of a subscription that does not collapse (and of a job
-- posting). The index makes "one alert per subscription and story" hold across concurrent batches: the insert of a
-- second one does nothing (waiting for the first's transaction if that is still open).
alter table alert add column story_id text;
create unique index alert_once_per_story on alert (subscription_id, story_id) where story_id is not null;

-- The later articles of a collapsed alert's story, oldest first by event_seq. No foreign keys, like alert: both
-- rows are written in the same transaction, and a subscription's alerts are deleted with their also-in rows.
create table alert_also_in (
    alert_seq bigint not null,
    event_seq bigint not null,
    constraint alert_also_in_pkey primary key (alert_seq, event_seq)
);
