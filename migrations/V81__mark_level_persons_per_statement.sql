-- The level_dirty marks of inserted detentions and recognitions (V75) are written by one statement
-- trigger per table reading the statement's transition table, as the audit trail's inserts (V61):
-- the row trigger ran a PL/pgSQL function and an INSERT for each inserted row, some 2.8 statements
-- per row of a bulk import (issue 9, docs/import.md "Performance"). The marks are the same: each
-- inserted row's person, in the same transaction. Updates and deletes keep the row trigger.
DROP TRIGGER detention_level_dirty ON detention;
DROP TRIGGER recognition_level_dirty ON recognition;

CREATE FUNCTION mark_level_persons_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO level_dirty (person_id) SELECT person_id FROM inserted_rows;
    RETURN NULL;
END
$$;

CREATE TRIGGER detention_level_dirty AFTER UPDATE OR DELETE ON detention
    FOR EACH ROW EXECUTE FUNCTION mark_level_person();
CREATE TRIGGER recognition_level_dirty AFTER UPDATE OR DELETE ON recognition
    FOR EACH ROW EXECUTE FUNCTION mark_level_person();
CREATE TRIGGER detention_level_dirty_insert AFTER INSERT ON detention REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mark_level_persons_inserted();
CREATE TRIGGER recognition_level_dirty_insert AFTER INSERT ON recognition REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mark_level_persons_inserted();
