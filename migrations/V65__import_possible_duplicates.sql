-- Possible duplicates in an import (docs/import.md, "Possible duplicates"): a row whose external id
-- matches no one but whose person scores at least the job's duplicate_score against a person the
-- caller may see is held back (outcome POSSIBLE_DUPLICATE), created anyway or linked to that
-- person, as the job's on_duplicate says. The row report names the candidate and its score.

ALTER TABLE import_job
    ADD COLUMN duplicate_score     double precision NOT NULL DEFAULT 0.9,
    ADD COLUMN on_duplicate        varchar(10)      NOT NULL DEFAULT 'REPORT',
    ADD COLUMN possible_duplicates int              NOT NULL DEFAULT 0,
    ADD CONSTRAINT import_job_duplicate_score_check CHECK (duplicate_score BETWEEN 0 AND 1),
    ADD CONSTRAINT import_job_on_duplicate_check CHECK (on_duplicate IN ('REPORT', 'CREATE', 'LINK'));

-- 'POSSIBLE_DUPLICATE' is longer than the ten characters the outcome had; a wider varchar needs no rewrite.
ALTER TABLE import_row ALTER COLUMN outcome TYPE varchar(20);
ALTER TABLE import_row DROP CONSTRAINT import_row_outcome_check;
ALTER TABLE import_row ADD CONSTRAINT import_row_outcome_check
    CHECK (outcome IN ('CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED', 'POSSIBLE_DUPLICATE'));
-- The candidate a row was held back for, created beside or linked to: {personId, displayName, score}.
ALTER TABLE import_row ADD COLUMN possible_duplicate jsonb;
