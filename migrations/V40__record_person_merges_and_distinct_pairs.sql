-- Duplicates (docs/duplicates.md): a merge moves every fact of one person to another and deletes
-- the absorbed person; person_merge keeps the absorbed id resolving to the survivor. A pair
-- recorded as different people (namesakes) leaves every candidate list.

CREATE TABLE person_merge (
    absorbed_id uuid PRIMARY KEY,
    -- Rewritten to the new survivor when a survivor is merged in turn, so one lookup resolves a chain.
    -- Deleting the survivor deletes its redirects: the absorbed id is then simply not found.
    survivor_id uuid        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    note        text,
    merged_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_merge_survivor_idx ON person_merge (survivor_id);

-- Two persons recorded as different people; person_a < person_b, one row per pair.
CREATE TABLE person_distinct (
    person_a    uuid        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    person_b    uuid        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    note        text,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_a, person_b),
    CONSTRAINT person_distinct_ordered CHECK (person_a < person_b)
);
CREATE INDEX person_distinct_b_idx ON person_distinct (person_b);

SELECT audit_attach('person_merge', 'survivor_id');
SELECT audit_attach('person_distinct', 'person_a');

-- One audit event of action MERGE per merge, besides the row events: entity 'person', the
-- survivor's id, and in "after" both ids and the note. Written by the trigger with its owner's
-- rights, like every other event, so the service cannot forge one without merging.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
    CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'MERGE'));

CREATE FUNCTION audit_person_merge() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_event (actor_id, actor_name, actor_role, request_id, entity, entity_id, action, before, after)
    VALUES (nullif(current_setting('kartoteka.actor_id', true), ''),
            nullif(current_setting('kartoteka.actor_name', true), ''),
            nullif(current_setting('kartoteka.actor_role', true), ''),
            nullif(current_setting('kartoteka.request_id', true), ''),
            'person', NEW.survivor_id, 'MERGE', NULL,
            jsonb_build_object('survivor_id', NEW.survivor_id, 'absorbed_id', NEW.absorbed_id, 'note', NEW.note));
    RETURN NULL;
END
$$;

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION audit_person_merge() SECURITY DEFINER SET search_path = %I, pg_temp',
                   current_schema());
END
$$;

CREATE TRIGGER person_merge_audit_merge AFTER INSERT ON person_merge
    FOR EACH ROW EXECUTE FUNCTION audit_person_merge();

-- The notes of merges and distinct pairs can name the persons: blanked for callers who may not see
-- CONFIDENTIAL persons, like the persons' own rows (V6, V9; docs/audit.md).
CREATE OR REPLACE FUNCTION audit_names_confidential(entity text, entity_id uuid) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN entity IN ('person', 'person_name', 'person_external_id', 'person_citation', 'person_search_key',
                        'person_merge', 'person_distinct')
            THEN person_ever_confidential(entity_id)
        WHEN entity IN ('case_file_citation', 'charge_citation', 'trial_citation', 'detention_citation',
                        'recognition_citation')
            THEN coalesce(person_ever_confidential(
                     audit_fact_person(left(entity, length(entity) - length('_citation')), entity_id)), false)
        ELSE false
    END
$$;

CREATE OR REPLACE FUNCTION audit_redact(entity text, doc jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN doc IS NULL THEN NULL
        WHEN entity = 'person' AND doc ? 'absorbed_id' THEN doc || jsonb_build_object('note', NULL)
        WHEN entity = 'person' THEN doc || jsonb_build_object('display_name', NULL, 'description', NULL,
                                                            'occupation', NULL, 'tags', NULL)
        WHEN entity = 'person_name' THEN doc || jsonb_build_object('value', NULL)
        WHEN entity = 'person_external_id' THEN doc || jsonb_build_object('value', NULL)
        WHEN entity LIKE '%\_citation' THEN doc || jsonb_build_object('quote', NULL, 'note', NULL)
        WHEN entity IN ('person_merge', 'person_distinct') THEN doc || jsonb_build_object('note', NULL)
        WHEN entity = 'person_search_key' THEN doc - ARRAY(SELECT k FROM jsonb_object_keys(doc) k
                                                            WHERE k NOT IN ('person_id', 'id'))
        ELSE doc
    END
$$;
