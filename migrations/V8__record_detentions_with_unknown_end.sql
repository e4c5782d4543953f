-- A detention whose end the sources do not give ("kidnapped", "released at some point"): it is
-- not ongoing, and under the conservative reading it certainly covers no day, so it counts for
-- no day and clashes with no other period.

ALTER TABLE detention ADD COLUMN end_unknown boolean NOT NULL DEFAULT false;

ALTER TABLE detention ADD CONSTRAINT detention_end_unknown_without_end
    CHECK (NOT end_unknown OR ended_on IS NULL);

ALTER TABLE detention DROP CONSTRAINT detention_end_reason_needs_end;
ALTER TABLE detention ADD CONSTRAINT detention_end_reason_needs_end
    CHECK (end_reason IS NULL OR ended_on IS NOT NULL OR end_unknown);

ALTER TABLE detention DROP CONSTRAINT detention_no_overlap;
ALTER TABLE detention ADD CONSTRAINT detention_no_overlap EXCLUDE USING gist (person_id WITH =, (
    CASE
        WHEN end_unknown THEN 'empty'::daterange
        WHEN ended_on IS NULL THEN daterange(partial_date_latest(started_on), NULL, '[)')
        WHEN partial_date_latest(started_on) < partial_date_earliest(ended_on)
            THEN daterange(partial_date_latest(started_on), partial_date_earliest(ended_on), '[)')
        ELSE 'empty'::daterange
    END) WITH &&);
