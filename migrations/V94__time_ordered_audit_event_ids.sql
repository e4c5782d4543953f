-- Audit events get time-ordered ids (UUID version 7, RFC 9562), as records have since their ids
-- came from Hibernate's version 7 generator: a random event_id put every new event's entry in the
-- unique index on a random leaf page, and in an audit trail of millions of events nearly each of
-- those pages was a page read and, after a checkpoint, a full-page image in the WAL
-- (bench/import.sh STATS=1 at a million persons, docs/import.md). A version 7 id starts with the
-- milliseconds since 1970, so new entries go to the index's right edge. It tells no more than the
-- event's occurred_at beside it. PostgreSQL 17 has no uuidv7() (18 does, under that name): this
-- sets the version 4 random id's first 48 bits to the time and its version bits from 4 to 7.
CREATE FUNCTION uuid_v7() RETURNS uuid
    LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
        PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
        FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
$$;

ALTER TABLE audit_event ALTER COLUMN event_id SET DEFAULT uuid_v7();
