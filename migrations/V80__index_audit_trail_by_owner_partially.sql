-- The owner indexes of V70 held an entry for every audit event, also for the more than half whose
-- record has no person_id (persons, charges, trials, every citation) and the four in five with no
-- case_id: a bulk import paid for those entries on each of the ~16 events a register row writes
-- (issue 9, docs/import.md "Performance"). The same indexes, partial: only the events that carry
-- the id. The one query that reads them (org.kartoteka.asknownon.PastEntities.referring) compares
-- (after ->> column) with a value, which implies IS NOT NULL, so its plans use them as before
-- (EXPLAIN of its generic plan: Bitmap Index Scan on audit_event_person_ref_idx / _case_ref_idx).
DROP INDEX audit_event_person_ref_idx;
DROP INDEX audit_event_case_ref_idx;
CREATE INDEX audit_event_person_ref_idx ON audit_event (entity, (after ->> 'person_id'))
    WHERE (after ->> 'person_id') IS NOT NULL;
CREATE INDEX audit_event_case_ref_idx ON audit_event (entity, (after ->> 'case_id'))
    WHERE (after ->> 'case_id') IS NOT NULL;
