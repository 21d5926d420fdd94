-- Stories (io.newsalerts.stories.StoryIndex): the MinHash sketch of each article of the window, and the LSH band
-- keys, each owned by the earliest article of the window that has it. A new article compares its sketch with the
-- owners of its keys only. Concurrent batches serialise on a shared key (its primary key), so copies of one text
-- ingested by two replicas at once get one story. Rows older than the window are deleted by StoryExpiry.
create table story_sketch (
    article_id  text        primary key,
    story_id    text        not null,
    minhash     bytea       not null,
    ingested_at timestamptz not null
);
create index story_sketch_ingested_at on story_sketch (ingested_at);

create table story_band (
    band_key    bigint      primary key,
    article_id  text        not null,
    ingested_at timestamptz not null
);
create index story_band_ingested_at on story_band (ingested_at);
