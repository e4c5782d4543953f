-- Name search across scripts (docs/search.md). The service folds every word of every name of a
-- person into keys (org.kartoteka.person.NameKeys) and keeps them here; queries fold the same way
-- and compare keys with pg_trgm.

-- Every distinct key once: trigram matching runs over this small vocabulary, not over every row.
CREATE TABLE search_term (
    term varchar(60) PRIMARY KEY
);
CREATE INDEX search_term_trgm_idx ON search_term USING gin (term gin_trgm_ops);

-- The keys of each person; rewritten with every change of the person. The display name and the
-- visibility are copied here so that ranking needs no join with person (thousands of candidates
-- for a common surname).
CREATE TABLE person_search_key (
    person_id     uuid         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    key           varchar(60)  NOT NULL,
    -- position of the first name (in person_name) that gave the key
    name_position int          NOT NULL,
    display_name  varchar(300) NOT NULL,
    visibility    varchar(20)  NOT NULL,
    PRIMARY KEY (person_id, key)
);
CREATE INDEX person_search_key_key_idx ON person_search_key (key, visibility, person_id, display_name);

-- Which version of the folding rules the stored keys follow; another version is rebuilt at start.
CREATE TABLE name_search_state (
    id              int PRIMARY KEY CHECK (id = 1),
    folding_version int NOT NULL
);
INSERT INTO name_search_state (id, folding_version) VALUES (1, 0);

-- Not name search, but found by the same benchmark (bench/, README "Benchmark"): the detention list
-- filtered by kind (and ongoing), in its default order (startedOn), scanned detention_started_idx
-- from the oldest row and filtered; with 250,000 detentions a page of ongoing PRETRIAL ones took
-- 60 ms and an empty one (no ongoing administrative arrests) 31 ms; with these, under 1 ms.
CREATE INDEX detention_kind_started_idx ON detention (kind, started_earliest, id);
CREATE INDEX detention_ongoing_kind_started_idx ON detention (kind, started_earliest, id) WHERE ended_on IS NULL;
