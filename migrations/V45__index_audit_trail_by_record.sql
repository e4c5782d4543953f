-- Past states are rebuilt from the audit trail: for each record of a table, its last event at or
-- before an instant (org.kartoteka.asknownon.PastRecords). This index hands those events over in
-- the order the rebuild reads them (a table's records, newest event first).
CREATE INDEX audit_event_entity_record_idx ON audit_event (entity, entity_id, id DESC) INCLUDE (occurred_at, action);
