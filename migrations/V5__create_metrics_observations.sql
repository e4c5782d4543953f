-- Metrics (named series) and observations (figures a source published), and the notification
-- that tells every instance to refresh its precomputed public counts after a write that may
-- change them (see org.kartoteka.stats.CountsListener).

CREATE TABLE metric (
    id            uuid PRIMARY KEY,
    version       bigint       NOT NULL,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    key           varchar(100) NOT NULL CONSTRAINT metric_key_format CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    label         varchar(200) NOT NULL,
    label_en      varchar(200),
    label_be      varchar(200),
    label_ru      varchar(200),
    definition    text,
    kind          varchar(10)  NOT NULL CONSTRAINT metric_kind_check CHECK (kind IN ('STOCK', 'FLOW')),
    unit          varchar(50),
    computed      boolean      NOT NULL,
    public_figure varchar(10)  NOT NULL
        CONSTRAINT metric_public_figure_check CHECK (public_figure IN ('COMPUTED', 'REPORTED')),
    publisher     varchar(500),
    CONSTRAINT metric_key_key UNIQUE (key)
);
CREATE INDEX metric_created_idx ON metric (created_at, id);

CREATE TABLE observation (
    id                    uuid PRIMARY KEY,
    version               bigint       NOT NULL,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    metric_id             uuid         NOT NULL CONSTRAINT observation_metric_fkey REFERENCES metric (id),
    value                 numeric      NOT NULL,
    qualifier             varchar(20)  NOT NULL,
    as_of                 varchar(10) CHECK (as_of ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    as_of_earliest        date GENERATED ALWAYS AS (partial_date_earliest(as_of)) STORED,
    as_of_latest          date GENERATED ALWAYS AS (partial_date_latest(as_of)) STORED,
    period_start          varchar(10) CHECK (period_start ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    period_start_earliest date GENERATED ALWAYS AS (partial_date_earliest(period_start)) STORED,
    period_start_latest   date GENERATED ALWAYS AS (partial_date_latest(period_start)) STORED,
    period_end            varchar(10) CHECK (period_end ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    period_end_earliest   date GENERATED ALWAYS AS (partial_date_earliest(period_end)) STORED,
    period_end_latest     date GENERATED ALWAYS AS (partial_date_latest(period_end)) STORED,
    -- the days the figure may speak about: asOf for a level, periodStart..periodEnd for a flow
    covers_earliest       date GENERATED ALWAYS AS (partial_date_earliest(coalesce(as_of, period_start))) STORED,
    covers_latest         date GENERATED ALWAYS AS (partial_date_latest(coalesce(as_of, period_end))) STORED,
    scope                 varchar(10),
    publisher             varchar(500),
    CONSTRAINT observation_qualifier_check
        CHECK (qualifier IN ('EXACT', 'AT_LEAST', 'MORE_THAN', 'NEARLY', 'ABOUT', 'AT_MOST')),
    CONSTRAINT observation_date_check
        CHECK ((as_of IS NOT NULL AND period_start IS NULL AND period_end IS NULL)
            OR (as_of IS NULL AND period_start IS NOT NULL AND period_end IS NOT NULL))
);
CREATE INDEX observation_metric_idx ON observation (metric_id, covers_latest, id);
CREATE INDEX observation_created_idx ON observation (created_at, id);

CREATE TABLE observation_citation (
    observation_id uuid NOT NULL REFERENCES observation (id) ON DELETE CASCADE,
    position       int  NOT NULL,
    source_id      uuid NOT NULL CONSTRAINT observation_citation_source_fkey REFERENCES source (id),
    locator        varchar(500),
    quote          text,
    note           text,
    PRIMARY KEY (observation_id, position)
);
CREATE INDEX observation_citation_source_idx ON observation_citation (source_id);

-- One notification per writing statement, delivered at commit (PostgreSQL folds duplicates
-- within a transaction), on a channel every instance listens to.
CREATE FUNCTION notify_counts_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kartoteka_counts', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER metric_counts_changed AFTER INSERT OR UPDATE OR DELETE ON metric
    FOR EACH STATEMENT EXECUTE FUNCTION notify_counts_changed();
CREATE TRIGGER observation_counts_changed AFTER INSERT OR UPDATE OR DELETE ON observation
    FOR EACH STATEMENT EXECUTE FUNCTION notify_counts_changed();
CREATE TRIGGER source_counts_changed AFTER UPDATE OR DELETE ON source
    FOR EACH STATEMENT EXECUTE FUNCTION notify_counts_changed();
-- The records the computed counts are made of (tables of V3).
CREATE TRIGGER detention_counts_changed AFTER INSERT OR UPDATE OR DELETE ON detention
    FOR EACH STATEMENT EXECUTE FUNCTION notify_counts_changed();
CREATE TRIGGER recognition_counts_changed AFTER INSERT OR UPDATE OR DELETE ON recognition
    FOR EACH STATEMENT EXECUTE FUNCTION notify_counts_changed();
CREATE TRIGGER trial_counts_changed AFTER INSERT OR UPDATE OR DELETE ON trial
    FOR EACH STATEMENT EXECUTE FUNCTION notify_counts_changed();
