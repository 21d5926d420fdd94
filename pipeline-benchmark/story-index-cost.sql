-- What one alert per story costs PostgreSQL per alert, counted rather than timed (buffers touched and WAL written
-- do not depend on the machine's load): 5,000 alerts inserted into a table of 100,000 as the alert table was before
-- stories, with the story index and the insert arbitrating on every unique index, and as AlertWriter inserts now
-- (the story index the only arbiter). Each insert is measured twice, after a CHECKPOINT.
--
--   psql -h 127.0.0.1 -U postgres -f pipeline-benchmark/story-index-cost.sql
--
-- It creates and drops the database story_index_cost. Read the "Insert on" lines: Buffers and WAL (the scan of the
-- source rows, in the lines below them, is the same in every case).
\set ON_ERROR_STOP on
drop database if exists story_index_cost;
create database story_index_cost;
\c story_index_cost
set client_min_messages = warning;
create table before_stories (seq bigserial primary key, subscription_id text not null, subscriber_id text not null,
    event_seq bigint not null, matched_terms text not null, snippet text,
    constraint before_once_per_event unique (subscription_id, event_seq));
create table with_stories (seq bigserial primary key, subscription_id text not null, subscriber_id text not null,
    event_seq bigint not null, matched_terms text not null, snippet text, story_id text,
    constraint with_once_per_event unique (subscription_id, event_seq));
create unique index with_once_per_story on with_stories (subscription_id, story_id) where story_id is not null;
-- Alerts of 20,000 subscriptions (UUID-like ids), each of a story of its own (a 32-hex-digit id), in event order.
create table source as
select s.id as s, i::bigint as e, md5(i::text) as st, repeat('word ', 32) as sn
  from generate_series(1, 125000) i
  join (select n, gen_random_uuid()::text as id from generate_series(0, 19999) n) s
    on s.n = (hashint4(i) & 2147483647) % 20000
 order by i;
insert into before_stories (subscription_id, subscriber_id, event_seq, matched_terms, snippet)
select s, s, e, '["a","b"]', sn from source where e <= 100000;
insert into with_stories (subscription_id, subscriber_id, event_seq, matched_terms, snippet, story_id)
select s, s, e, '["a","b"]', sn, st from source where e <= 100000;
vacuum analyze;
\echo '== before stories'
checkpoint;
explain (analyze, buffers, wal, costs off, timing off)
insert into before_stories (subscription_id, subscriber_id, event_seq, matched_terms, snippet)
select s, s, e, '["a","b"]', sn from source where e > 100000 and e <= 105000 on conflict do nothing;
\echo '== story index, every unique index an arbiter'
checkpoint;
explain (analyze, buffers, wal, costs off, timing off)
insert into with_stories (subscription_id, subscriber_id, event_seq, matched_terms, snippet, story_id)
select s, s, e, '["a","b"]', sn, st from source where e > 100000 and e <= 105000 on conflict do nothing;
\echo '== story index the only arbiter (AlertWriter)'
checkpoint;
explain (analyze, buffers, wal, costs off, timing off)
insert into with_stories (subscription_id, subscriber_id, event_seq, matched_terms, snippet, story_id)
select s, s, e, '["a","b"]', sn, st from source where e > 105000 and e <= 110000
on conflict (subscription_id, story_id) where story_id is not null do nothing;
\echo '== before stories, again'
checkpoint;
explain (analyze, buffers, wal, costs off, timing off)
insert into before_stories (subscription_id, subscriber_id, event_seq, matched_terms, snippet)
select s, s, e, '["a","b"]', sn from source where e > 110000 and e <= 115000 on conflict do nothing;
\echo '== story index the only arbiter, again'
checkpoint;
explain (analyze, buffers, wal, costs off, timing off)
insert into with_stories (subscription_id, subscriber_id, event_seq, matched_terms, snippet, story_id)
select s, s, e, '["a","b"]', sn, st from source where e > 115000 and e <= 120000
on conflict (subscription_id, story_id) where story_id is not null do nothing;
\c postgres
drop database story_index_cost;
