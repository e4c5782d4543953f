-- Case records: cases, charges, trials, detentions and recognitions, each with its citations.
-- Partial dates are stored as ISO text with generated earliest/latest bounds (see V1).
-- Foreign keys restrict deletion, so deleting a record others reference answers 409.

-- Whether a text array holds a value, ignoring case (value given in lower case): the trials' judge filter.
CREATE FUNCTION text_array_contains_ci(items text[], value text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT EXISTS (SELECT 1 FROM unnest(items) AS item WHERE lower(item) = value)
$$;

CREATE TABLE case_file (
    id              uuid PRIMARY KEY,
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    person_id       uuid         NOT NULL CONSTRAINT case_file_person_fkey REFERENCES person (id),
    reference       varchar(200),
    group_name      varchar(300),
    opened_on       varchar(10) CHECK (opened_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    opened_earliest date GENERATED ALWAYS AS (partial_date_earliest(opened_on)) STORED,
    opened_latest   date GENERATED ALWAYS AS (partial_date_latest(opened_on)) STORED,
    authority       varchar(300),
    status          varchar(20)  NOT NULL,
    CONSTRAINT case_file_status_check CHECK (status IN ('INVESTIGATION', 'TRIAL', 'SENTENCED', 'CLOSED', 'DROPPED'))
);
CREATE INDEX case_file_person_idx ON case_file (person_id);
CREATE INDEX case_file_created_idx ON case_file (created_at, id);
CREATE INDEX case_file_opened_idx ON case_file (opened_earliest, opened_latest);
CREATE INDEX case_file_group_idx ON case_file (lower(group_name));

CREATE TABLE case_file_citation (
    case_file_id uuid NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position     int  NOT NULL,
    source_id    uuid NOT NULL CONSTRAINT case_file_citation_source_fkey REFERENCES source (id),
    locator      varchar(500),
    quote        text,
    note         text,
    PRIMARY KEY (case_file_id, position)
);
CREATE INDEX case_file_citation_source_idx ON case_file_citation (source_id);

CREATE TABLE charge (
    id               uuid PRIMARY KEY,
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    case_id          uuid        NOT NULL CONSTRAINT charge_case_fkey REFERENCES case_file (id),
    article_id       uuid        NOT NULL CONSTRAINT charge_article_fkey REFERENCES legal_article (id),
    modifier         varchar(20) NOT NULL,
    charged_on       varchar(10) CHECK (charged_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    charged_earliest date GENERATED ALWAYS AS (partial_date_earliest(charged_on)) STORED,
    charged_latest   date GENERATED ALWAYS AS (partial_date_latest(charged_on)) STORED,
    outcome          varchar(20) NOT NULL,
    CONSTRAINT charge_modifier_check CHECK (modifier IN ('NONE', 'PREPARATION', 'ATTEMPT', 'COMPLICITY')),
    CONSTRAINT charge_outcome_check CHECK (outcome IN ('PENDING', 'CONVICTED', 'ACQUITTED', 'DROPPED', 'AMNESTIED'))
);
CREATE INDEX charge_case_idx ON charge (case_id);
CREATE INDEX charge_article_idx ON charge (article_id);
CREATE INDEX charge_created_idx ON charge (created_at, id);

CREATE TABLE charge_citation (
    charge_id uuid NOT NULL REFERENCES charge (id) ON DELETE CASCADE,
    position  int  NOT NULL,
    source_id uuid NOT NULL CONSTRAINT charge_citation_source_fkey REFERENCES source (id),
    locator   varchar(500),
    quote     text,
    note      text,
    PRIMARY KEY (charge_id, position)
);
CREATE INDEX charge_citation_source_idx ON charge_citation (source_id);

CREATE TABLE trial (
    id                   uuid PRIMARY KEY,
    version              bigint      NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    case_id              uuid        NOT NULL CONSTRAINT trial_case_fkey REFERENCES case_file (id),
    court                varchar(300),
    judges               text[]      NOT NULL DEFAULT '{}',
    prosecutors          text[]      NOT NULL DEFAULT '{}',
    started_on           varchar(10) CHECK (started_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    started_earliest     date GENERATED ALWAYS AS (partial_date_earliest(started_on)) STORED,
    started_latest       date GENERATED ALWAYS AS (partial_date_latest(started_on)) STORED,
    verdict_on           varchar(10) CHECK (verdict_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    verdict_earliest     date GENERATED ALWAYS AS (partial_date_earliest(verdict_on)) STORED,
    verdict_latest       date GENERATED ALWAYS AS (partial_date_latest(verdict_on)) STORED,
    verdict              varchar(20) NOT NULL,
    closed_session       boolean     NOT NULL DEFAULT false,
    in_absentia          boolean     NOT NULL DEFAULT false,
    sentence_type        varchar(30),
    sentence_regime      varchar(100),
    sentence_term_days   int CHECK (sentence_term_days >= 0),
    sentence_fine_amount numeric(14, 2) CHECK (sentence_fine_amount >= 0),
    sentence_currency    char(3),
    appeal_on            varchar(10) CHECK (appeal_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    appeal_earliest      date GENERATED ALWAYS AS (partial_date_earliest(appeal_on)) STORED,
    appeal_latest        date GENERATED ALWAYS AS (partial_date_latest(appeal_on)) STORED,
    appeal_outcome       varchar(1000),
    CONSTRAINT trial_verdict_check CHECK (verdict IN ('PENDING', 'CONVICTED', 'ACQUITTED', 'RETURNED')),
    CONSTRAINT trial_sentence_type_check CHECK (sentence_type IN ('PENAL_COLONY', 'PRISON', 'OPEN_FACILITY',
        'HOME_CONFINEMENT', 'RESTRICTION_OF_FREEDOM', 'SUSPENDED', 'ARREST', 'FINE', 'OTHER'))
);
CREATE INDEX trial_case_idx ON trial (case_id);
CREATE INDEX trial_created_idx ON trial (created_at, id);
CREATE INDEX trial_verdict_idx ON trial (verdict, verdict_earliest, verdict_latest);

CREATE TABLE trial_citation (
    trial_id  uuid NOT NULL REFERENCES trial (id) ON DELETE CASCADE,
    position  int  NOT NULL,
    source_id uuid NOT NULL CONSTRAINT trial_citation_source_fkey REFERENCES source (id),
    locator   varchar(500),
    quote     text,
    note      text,
    PRIMARY KEY (trial_id, position)
);
CREATE INDEX trial_citation_source_idx ON trial_citation (source_id);

CREATE TABLE detention (
    id               uuid PRIMARY KEY,
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    person_id        uuid        NOT NULL CONSTRAINT detention_person_fkey REFERENCES person (id),
    case_id          uuid        CONSTRAINT detention_case_fkey REFERENCES case_file (id),
    kind             varchar(30) NOT NULL,
    started_on       varchar(10) NOT NULL CHECK (started_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    started_earliest date GENERATED ALWAYS AS (partial_date_earliest(started_on)) STORED,
    started_latest   date GENERATED ALWAYS AS (partial_date_latest(started_on)) STORED,
    ended_on         varchar(10) CHECK (ended_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    ended_earliest   date GENERATED ALWAYS AS (partial_date_earliest(ended_on)) STORED,
    ended_latest     date GENERATED ALWAYS AS (partial_date_latest(ended_on)) STORED,
    end_reason       varchar(30),
    facility         varchar(300),
    region           varchar(200),
    CONSTRAINT detention_kind_check CHECK (kind IN ('ADMINISTRATIVE_ARREST', 'PRETRIAL', 'SENTENCE',
        'OPEN_FACILITY', 'HOUSE_ARREST', 'PSYCHIATRIC', 'OTHER')),
    CONSTRAINT detention_end_reason_check CHECK (end_reason IN ('SENTENCE_SERVED', 'PARDONED', 'AMNESTY',
        'ACQUITTED', 'SENTENCE_CHANGED', 'DEPORTED', 'DIED', 'TRANSFERRED', 'UNKNOWN')),
    CONSTRAINT detention_end_reason_needs_end CHECK (end_reason IS NULL OR ended_on IS NOT NULL),
    CONSTRAINT detention_end_not_before_start
        CHECK (ended_on IS NULL OR partial_date_latest(ended_on) >= partial_date_earliest(started_on)),
    -- The days a detention certainly covers: from its latest possible start up to (not including)
    -- its earliest possible end. Two periods of one person may not both certainly cover a day;
    -- a period that ends on the day the next one starts (pretrial to sentence) is a handover.
    CONSTRAINT detention_no_overlap EXCLUDE USING gist (person_id WITH =, (
        CASE
            WHEN ended_on IS NULL THEN daterange(partial_date_latest(started_on), NULL, '[)')
            WHEN partial_date_latest(started_on) < partial_date_earliest(ended_on)
                THEN daterange(partial_date_latest(started_on), partial_date_earliest(ended_on), '[)')
            ELSE 'empty'::daterange
        END) WITH &&)
);
CREATE INDEX detention_person_idx ON detention (person_id);
CREATE INDEX detention_case_idx ON detention (case_id);
CREATE INDEX detention_kind_span_idx ON detention (kind, started_latest, ended_earliest);
CREATE INDEX detention_started_idx ON detention (started_earliest, id);
CREATE INDEX detention_facility_idx ON detention (lower(facility));

CREATE TABLE detention_citation (
    detention_id uuid NOT NULL REFERENCES detention (id) ON DELETE CASCADE,
    position     int  NOT NULL,
    source_id    uuid NOT NULL CONSTRAINT detention_citation_source_fkey REFERENCES source (id),
    locator      varchar(500),
    quote        text,
    note         text,
    PRIMARY KEY (detention_id, position)
);
CREATE INDEX detention_citation_source_idx ON detention_citation (source_id);

CREATE TABLE recognition (
    id                  uuid PRIMARY KEY,
    version             bigint       NOT NULL,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    person_id           uuid         NOT NULL CONSTRAINT recognition_person_fkey REFERENCES person (id),
    recognized_by       varchar(300) NOT NULL,
    recognized_on       varchar(10) CHECK (recognized_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    recognized_earliest date GENERATED ALWAYS AS (partial_date_earliest(recognized_on)) STORED,
    recognized_latest   date GENERATED ALWAYS AS (partial_date_latest(recognized_on)) STORED,
    grounds             text[]       NOT NULL DEFAULT '{}',
    revoked_on          varchar(10) CHECK (revoked_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    revoked_earliest    date GENERATED ALWAYS AS (partial_date_earliest(revoked_on)) STORED,
    revoked_latest      date GENERATED ALWAYS AS (partial_date_latest(revoked_on)) STORED
);
CREATE INDEX recognition_person_idx ON recognition (person_id);
CREATE INDEX recognition_created_idx ON recognition (created_at, id);
CREATE INDEX recognition_span_idx ON recognition (recognized_latest, revoked_earliest);

CREATE TABLE recognition_citation (
    recognition_id uuid NOT NULL REFERENCES recognition (id) ON DELETE CASCADE,
    position       int  NOT NULL,
    source_id      uuid NOT NULL CONSTRAINT recognition_citation_source_fkey REFERENCES source (id),
    locator        varchar(500),
    quote          text,
    note           text,
    PRIMARY KEY (recognition_id, position)
);
CREATE INDEX recognition_citation_source_idx ON recognition_citation (source_id);
