-- A person's records and a case's charges and trials as they stood at an instant (asKnownOn on a
-- person's timeline, org.kartoteka.asknownon.PastEntities): the records that ever named the person
-- (or case) are found by the id their events carry, not by reading every event of the table.
CREATE INDEX audit_event_person_ref_idx ON audit_event (entity, (after ->> 'person_id'));
CREATE INDEX audit_event_case_ref_idx ON audit_event (entity, (after ->> 'case_id'));

-- A merged person's id as known on an instant: the merge event that absorbed it by then (V40).
CREATE INDEX audit_event_merge_absorbed_idx ON audit_event ((after ->> 'absorbed_id')) WHERE action = 'MERGE';
