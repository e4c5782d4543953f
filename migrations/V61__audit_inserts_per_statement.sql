-- The audit trail records inserts with one statement-level trigger per table instead of a row
-- trigger per inserted row (issue 9, docs/import.md "Performance"). A bulk import writes about
-- fifteen audited rows per register row; the row trigger ran a PL/pgSQL function with its own
-- INSERT for each of them, the largest part of the database time of an import once the inserts
-- themselves went out as multi-row statements. The statement trigger sees the inserted rows as a
-- transition table and writes their events in one INSERT ... SELECT.
--
-- The events are the same: one per inserted row, in the order the rows were inserted, with the
-- same actor, request id, entity, entity id and document (to_jsonb of the stored row, generated
-- columns included, secret_hash left out); occurred_at and tx_id are those of the transaction as
-- before. Updates and deletes keep the row trigger (it skips updates that change nothing).
--
-- person_merge keeps the row trigger for inserts too: its MERGE event (audit_person_merge, V40) is
-- a row trigger that must stay after the INSERT event of the same row, and a statement trigger
-- fires after every row trigger of its statement. Merges write one row at a time.

CREATE FUNCTION audit_record_inserts() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    -- read once per statement (the row trigger read them for every row)
    setting_actor_id   varchar := nullif(current_setting('kartoteka.actor_id', true), '');
    setting_actor_name varchar := nullif(current_setting('kartoteka.actor_name', true), '');
    setting_actor_role varchar := nullif(current_setting('kartoteka.actor_role', true), '');
    setting_request_id varchar := nullif(current_setting('kartoteka.request_id', true), '');
BEGIN
    INSERT INTO audit_event (actor_id, actor_name, actor_role, request_id, entity, entity_id, action, before, after)
    SELECT setting_actor_id, setting_actor_name, setting_actor_role, setting_request_id, TG_TABLE_NAME,
           (inserted.doc ->> TG_ARGV[0])::uuid, 'INSERT', NULL, inserted.doc
    FROM (SELECT to_jsonb(r) - 'secret_hash' AS doc FROM inserted_rows r) AS inserted;
    RETURN NULL;
END
$$;

-- Written with its owner's rights, as audit_record_change (V30): the service has no INSERT on the trail.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION audit_record_inserts() SECURITY DEFINER SET search_path = %I, pg_temp',
                   current_schema());
END
$$;

-- Tables added later are attached the same way: the row trigger <table>_audit for updates and
-- deletes, the statement trigger <table>_audit_insert for inserts.
CREATE OR REPLACE FUNCTION audit_attach(table_name text, id_column text) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE OR DELETE ON %I'
                   || ' FOR EACH ROW EXECUTE FUNCTION audit_record_change(%L)',
                   table_name || '_audit', table_name, id_column);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS inserted_rows'
                   || ' FOR EACH STATEMENT EXECUTE FUNCTION audit_record_inserts(%L)',
                   table_name || '_audit_insert', table_name, id_column);
END
$$;

-- Every table with the row trigger of V6 (or audit_attach of a later migration), but person_merge.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname AS table_name,
                    split_part(encode(g.tgargs, 'escape'), '\000', 1) AS id_column
             FROM pg_trigger g
             JOIN pg_class c ON c.oid = g.tgrelid
             JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema()
               AND g.tgname = c.relname || '_audit'
               AND g.tgfoid = 'audit_record_change'::regproc
               AND c.relname <> 'person_merge'
             ORDER BY c.relname
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t.table_name || '_audit', t.table_name);
        PERFORM audit_attach(t.table_name, t.id_column);
    END LOOP;
END
$$;
