-- The audit trail: every insert, update and delete of every record table, written by row triggers
-- so that no code path (API, seed loader, imports, psql) can write a record without leaving an
-- event. The application tells the triggers who acts through session settings it sets on each
-- connection it hands out (org.kartoteka.audit.AuditConnectionInterceptor):
--   kartoteka.actor_id, kartoteka.actor_name, kartoteka.actor_role, kartoteka.request_id.
-- A write with none of them set (psql, a later migration) is recorded with a null actor.

CREATE TABLE audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    uuid         NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    occurred_at timestamptz  NOT NULL DEFAULT now(),
    tx_id       bigint       NOT NULL DEFAULT txid_current(),
    actor_id    varchar(200),
    actor_name  varchar(200),
    actor_role  varchar(20),
    request_id  varchar(128),
    entity      varchar(63)  NOT NULL,
    entity_id   uuid,
    action      varchar(6)   NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    before      jsonb,
    after       jsonb
);
CREATE INDEX audit_event_entity_id_idx ON audit_event (entity_id, id);
CREATE INDEX audit_event_entity_idx ON audit_event (entity, id);
CREATE INDEX audit_event_actor_id_idx ON audit_event (actor_id, id);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at, id);

-- One generic row trigger. TG_ARGV[0] names the column that holds the id of the record the row
-- belongs to: 'id' for a record table, the parent's id column for its citation, name and
-- external-id rows, so that a record's history includes its child rows.
CREATE FUNCTION audit_record_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    -- secret_hash (api_token) never enters the trail: it is a credential, not a fact.
    old_doc jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) - 'secret_hash' END;
    new_doc jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) - 'secret_hash' END;
BEGIN
    IF TG_OP = 'UPDATE' AND old_doc = new_doc THEN
        RETURN NULL; -- nothing changed: no event
    END IF;
    INSERT INTO audit_event (actor_id, actor_name, actor_role, request_id, entity, entity_id, action, before, after)
    VALUES (nullif(current_setting('kartoteka.actor_id', true), ''),
            nullif(current_setting('kartoteka.actor_name', true), ''),
            nullif(current_setting('kartoteka.actor_role', true), ''),
            nullif(current_setting('kartoteka.request_id', true), ''),
            TG_TABLE_NAME,
            (coalesce(new_doc, old_doc) ->> TG_ARGV[0])::uuid,
            TG_OP, old_doc, new_doc);
    RETURN NULL;
END
$$;

-- Attaches the audit trigger to a table: one line per audited table below (and in later
-- migrations that add tables). AuditCoverageTest fails when a table is left out.
CREATE FUNCTION audit_attach(table_name text, id_column text) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I'
                   || ' FOR EACH ROW EXECUTE FUNCTION audit_record_change(%L)',
                   table_name || '_audit', table_name, id_column);
END
$$;

-- Record tables of V1 and of the migrations before this one (V2 api tokens, V3 case records,
-- V4 name search, V5 metrics); a table that does not exist in this database is skipped.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('source', 'id'),
            ('legal_article', 'id'),
            ('person', 'id'),
            ('person_name', 'person_id'),
            ('person_external_id', 'person_id'),
            ('person_citation', 'person_id'),
            ('api_token', 'id'),
            ('case_file', 'id'),
            ('case_file_citation', 'case_file_id'),
            ('charge', 'id'),
            ('charge_citation', 'charge_id'),
            ('trial', 'id'),
            ('trial_citation', 'trial_id'),
            ('detention', 'id'),
            ('detention_citation', 'detention_id'),
            ('recognition', 'id'),
            ('recognition_citation', 'recognition_id'),
            ('metric', 'id'),
            ('observation', 'id'),
            ('observation_citation', 'observation_id')) AS audited (table_name, id_column)
    LOOP
        IF to_regclass(t.table_name) IS NOT NULL THEN
            PERFORM audit_attach(t.table_name, t.id_column);
        END IF;
    END LOOP;
END
$$;

-- Append-only: no UPDATE, DELETE or TRUNCATE of the trail, whoever asks. The triggers hold for
-- the table's owner too; only the owner disabling them (ALTER TABLE ... DISABLE TRIGGER) or a
-- superuser can get around them, which is why production should run the service as a role that
-- does not own the schema (docs/audit.md).
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on audit_event is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;

-- Whether a person is, or ever was, CONFIDENTIAL: auditors see such persons' rows without names.
-- "Ever" so that a person made less confidential later does not leak the names written while
-- they were confidential, and a deleted confidential person stays blank.
CREATE FUNCTION person_ever_confidential(person uuid) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT EXISTS (SELECT 1 FROM person p WHERE p.id = person AND p.visibility = 'CONFIDENTIAL')
        OR EXISTS (SELECT 1 FROM audit_event a
                   WHERE a.entity_id = person AND a.entity = 'person'
                     AND (a.before ->> 'visibility' = 'CONFIDENTIAL' OR a.after ->> 'visibility' = 'CONFIDENTIAL'))
$$;

-- The identifying fields of a row of a person's tables, set to null (docs/audit.md lists them).
CREATE FUNCTION audit_redact(entity text, doc jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN doc IS NULL THEN NULL
        WHEN entity = 'person' THEN doc || jsonb_build_object('display_name', NULL, 'description', NULL,
                                                            'occupation', NULL, 'tags', NULL)
        WHEN entity = 'person_name' THEN doc || jsonb_build_object('value', NULL)
        WHEN entity = 'person_external_id' THEN doc || jsonb_build_object('value', NULL)
        WHEN entity = 'person_citation' THEN doc || jsonb_build_object('quote', NULL, 'note', NULL)
        WHEN entity = 'person_search_key' THEN doc - ARRAY(SELECT k FROM jsonb_object_keys(doc) k
                                                            WHERE k NOT IN ('person_id', 'id'))
        ELSE doc
    END
$$;
