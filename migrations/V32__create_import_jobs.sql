-- Bulk import (docs/import.md): a job per file sent to POST /api/v1/imports, its per-row report,
-- and the links from each imported person to the records an import wrote for them, so that a
-- re-import of the same external id updates those records instead of adding new ones.
-- Jobs and reports are bookkeeping, not records: no audit trigger (the records an import writes
-- are audited as every write is, with the job in the request id).

CREATE TABLE import_job (
    id               uuid PRIMARY KEY,
    status           varchar(10)  NOT NULL,
    dry_run          boolean      NOT NULL,
    atomic           boolean      NOT NULL,
    committed        boolean      NOT NULL DEFAULT false,
    media_type       varchar(40)  NOT NULL,
    source_id        uuid         NOT NULL,
    id_scheme        varchar(50),
    recognized_by    varchar(300) NOT NULL,
    visibility       varchar(20)  NOT NULL,
    body_bytes       bigint       NOT NULL DEFAULT 0,
    rows_total       int          NOT NULL DEFAULT 0,
    rows_done        int          NOT NULL DEFAULT 0,
    created          int          NOT NULL DEFAULT 0,
    updated          int          NOT NULL DEFAULT 0,
    unchanged        int          NOT NULL DEFAULT 0,
    rejected         int          NOT NULL DEFAULT 0,
    ignored_columns  text[]       NOT NULL DEFAULT '{}',
    failure          text,
    actor_id         varchar(200),
    actor_name       varchar(200),
    actor_role       varchar(20)  NOT NULL,
    submitted_at     timestamptz  NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz,
    CONSTRAINT import_job_status_check CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX import_job_submitted_idx ON import_job (submitted_at DESC, id);
CREATE INDEX import_job_status_idx ON import_job (status);

CREATE TABLE import_row (
    job_id         uuid        NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number     int         NOT NULL,
    external_id    varchar(260),
    outcome        varchar(10) NOT NULL,
    errors         jsonb       NOT NULL DEFAULT '[]',
    warnings       jsonb       NOT NULL DEFAULT '[]',
    records        jsonb       NOT NULL DEFAULT '{}',
    changed_fields text[]      NOT NULL DEFAULT '{}',
    PRIMARY KEY (job_id, row_number),
    CONSTRAINT import_row_outcome_check CHECK (outcome IN ('CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED'))
);
CREATE INDEX import_row_outcome_idx ON import_row (job_id, outcome, row_number);

-- The records an import wrote for a person, by role: CASE, TRIAL, PRETRIAL, SENTENCE, RECOGNITION.
-- A link whose record was deleted through the API is simply not found, and a later import writes
-- the record anew.
CREATE TABLE import_link (
    person_id uuid        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role      varchar(20) NOT NULL,
    record_id uuid        NOT NULL,
    PRIMARY KEY (person_id, role)
);
