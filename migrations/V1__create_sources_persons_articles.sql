-- Foundation schema: partial dates, sources, the legal-article catalogue, persons and citations.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A partial date is stored as its ISO text ('2021', '2021-03', '2021-03-17'); these give the
-- first and last day it can stand for. IMMUTABLE so that generated columns and indexes use them.
CREATE FUNCTION partial_date_earliest(p text) RETURNS date
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT make_date(split_part(p, '-', 1)::int,
                     coalesce(nullif(split_part(p, '-', 2), '')::int, 1),
                     coalesce(nullif(split_part(p, '-', 3), '')::int, 1))
$$;

CREATE FUNCTION partial_date_latest(p text) RETURNS date
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE length(p)
        WHEN 4 THEN make_date(p::int, 12, 31)
        WHEN 7 THEN (make_date(split_part(p, '-', 1)::int, split_part(p, '-', 2)::int, 1)
                     + interval '1 month' - interval '1 day')::date
        ELSE make_date(split_part(p, '-', 1)::int, split_part(p, '-', 2)::int, split_part(p, '-', 3)::int)
    END
$$;

CREATE TABLE source (
    id                 uuid PRIMARY KEY,
    version            bigint       NOT NULL,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    title              varchar(500) NOT NULL,
    publisher          varchar(500),
    kind               varchar(20)  NOT NULL,
    url                varchar(2000),
    archive_url        varchar(2000),
    published_on       varchar(10) CHECK (published_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    published_earliest date GENERATED ALWAYS AS (partial_date_earliest(published_on)) STORED,
    published_latest   date GENERATED ALWAYS AS (partial_date_latest(published_on)) STORED,
    language           varchar(35),
    reliability        varchar(20)  NOT NULL,
    notes              text,
    visibility         varchar(20)  NOT NULL,
    CONSTRAINT source_visibility_check CHECK (visibility IN ('PUBLIC', 'RESTRICTED'))
);
CREATE INDEX source_title_idx ON source (title, id);
CREATE INDEX source_created_idx ON source (created_at, id);
CREATE INDEX source_published_idx ON source (published_earliest, published_latest);

CREATE TABLE legal_article (
    id         uuid PRIMARY KEY,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    code       varchar(20)  NOT NULL,
    number     varchar(20)  NOT NULL,
    part       varchar(20),
    title      varchar(500) NOT NULL,
    CONSTRAINT legal_article_code_number_part_key UNIQUE NULLS NOT DISTINCT (code, number, part)
);
CREATE INDEX legal_article_number_idx ON legal_article (number);

CREATE TABLE person (
    id             uuid PRIMARY KEY,
    version        bigint       NOT NULL,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    display_name   varchar(300) NOT NULL,
    gender         varchar(20)  NOT NULL,
    birth_date     varchar(10) CHECK (birth_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    birth_earliest date GENERATED ALWAYS AS (partial_date_earliest(birth_date)) STORED,
    birth_latest   date GENERATED ALWAYS AS (partial_date_latest(birth_date)) STORED,
    died_on        varchar(10) CHECK (died_on ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    died_earliest  date GENERATED ALWAYS AS (partial_date_earliest(died_on)) STORED,
    died_latest    date GENERATED ALWAYS AS (partial_date_latest(died_on)) STORED,
    region         varchar(200),
    occupation     varchar(300),
    tags           text[]       NOT NULL DEFAULT '{}',
    description    text,
    visibility     varchar(20)  NOT NULL,
    CONSTRAINT person_visibility_check CHECK (visibility IN ('PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'))
);
CREATE INDEX person_display_name_idx ON person (display_name, id);
CREATE INDEX person_created_idx ON person (created_at, id);
CREATE INDEX person_region_idx ON person (region);
CREATE INDEX person_visibility_idx ON person (visibility);

CREATE TABLE person_name (
    person_id uuid         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position  int          NOT NULL,
    value     varchar(300) NOT NULL,
    lang      varchar(35),
    script    varchar(10),
    kind      varchar(20)  NOT NULL,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE person_external_id (
    person_id uuid         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position  int          NOT NULL,
    scheme    varchar(50)  NOT NULL,
    value     varchar(200) NOT NULL,
    PRIMARY KEY (person_id, position),
    CONSTRAINT person_external_id_scheme_value_key UNIQUE (scheme, value)
);

CREATE TABLE person_citation (
    person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position  int  NOT NULL,
    source_id uuid NOT NULL CONSTRAINT person_citation_source_fkey REFERENCES source (id),
    locator   varchar(500),
    quote     text,
    note      text,
    PRIMARY KEY (person_id, position)
);
CREATE INDEX person_citation_source_idx ON person_citation (source_id);

-- Which seed data sets were loaded, so that each loads once only, and the ids their records got,
-- so that a later set can refer to a record of an earlier one by its key.
CREATE TABLE seed_run (
    name      varchar(100) PRIMARY KEY,
    loaded_at timestamptz  NOT NULL
);

CREATE TABLE seed_record (
    key       varchar(100) PRIMARY KEY,
    entity_id uuid         NOT NULL
);
