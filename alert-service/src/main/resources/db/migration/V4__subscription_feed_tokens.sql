-- Each subscription's Atom feed is read with a token in its URL (feed readers cannot send headers): 244 random
-- bits as 64 hex characters, made by the database on insert (gen_random_uuid is a strong random source), replaced
-- by POST /subscriptions/{id}/feed-token. The token only reads that one feed; it is shown to the owner with the
-- subscription, so it is kept as it is, not hashed.
alter table subscription add column feed_token text not null
    default replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '');
