-- The ranges in which each person counts in the level metrics (political-prisoners, detained), kept
-- so that a series does not rebuild them (each person's merged recognition periods intersected with
-- the detentions) on every request (issue 13, point 3). SeriesQuery is the only implementation of
-- the counting rules: the service fills this table with the same SQL a live series runs
-- (series.StoredLevels), for the persons level_dirty names, and keeps their sum per day.
--
-- Exactness does not wait for that refresh: every write to a person's detentions or recognitions,
-- or to their region or gender, marks the person dirty in the same transaction, and a series reads
-- the stored ranges of clean persons only, computing the dirty ones live. The refresh removes the
-- marks it read after replacing those persons' ranges, in one transaction.
CREATE TABLE level_range (
    metric varchar NOT NULL,
    person_id uuid NOT NULL,
    record_id uuid NOT NULL,
    region varchar NOT NULL,
    gender varchar NOT NULL,
    facility varchar NOT NULL,
    s date NOT NULL,
    e date NOT NULL
);
CREATE INDEX level_range_person ON level_range (person_id);

-- The same ranges summed per day: +1 where one starts, -1 where one ends, for no breakdown
-- (grouping '') and each stored one (grouping region, gender or facility; grp its value). A series
-- reads a running sum of these instead of the ranges (SeriesQuery.storedLevel).
CREATE TABLE level_delta (
    metric varchar NOT NULL,
    grouping varchar NOT NULL,
    grp varchar NOT NULL,
    day date NOT NULL,
    delta bigint NOT NULL,
    PRIMARY KEY (metric, grouping, grp, day)
);

CREATE TABLE level_dirty (
    id bigserial PRIMARY KEY,
    person_id uuid NOT NULL
);
CREATE INDEX level_dirty_person ON level_dirty (person_id);

CREATE FUNCTION mark_level_person() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO level_dirty (person_id) VALUES (OLD.person_id);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.person_id IS DISTINCT FROM OLD.person_id) THEN
        INSERT INTO level_dirty (person_id) VALUES (NEW.person_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION mark_level_person_groups() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO level_dirty (person_id) VALUES (NEW.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER detention_level_dirty AFTER INSERT OR UPDATE OR DELETE ON detention
    FOR EACH ROW EXECUTE FUNCTION mark_level_person();
CREATE TRIGGER recognition_level_dirty AFTER INSERT OR UPDATE OR DELETE ON recognition
    FOR EACH ROW EXECUTE FUNCTION mark_level_person();
CREATE TRIGGER person_level_dirty AFTER UPDATE OF region, gender ON person
    FOR EACH ROW WHEN (OLD.region IS DISTINCT FROM NEW.region OR OLD.gender IS DISTINCT FROM NEW.gender)
    EXECUTE FUNCTION mark_level_person_groups();

-- Everyone who may count is dirty until the service's first refresh has stored their ranges.
INSERT INTO level_dirty (person_id) SELECT DISTINCT person_id FROM detention;
