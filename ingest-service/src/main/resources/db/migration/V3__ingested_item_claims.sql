-- Batched ingest (IngestService): an item's row is claimed before its event is published and settled after the
-- broker answered, so that no transaction stays open while Kafka is awaited.
--   claim null      the item's event was published (the row is a de-duplication record, as before)
--   claim not null  a request is publishing it now; if that request died (claimed_at older than the claim
--                   timeout), the next request for the item takes the claim over and publishes it again
-- A failed publish deletes its row, so the client's retry is not taken for a duplicate.
alter table ingested_item
    add column claim      uuid,
    add column claimed_at timestamptz;
