package org.kartoteka.audit;

/**
 * What callers who may not see CONFIDENTIAL persons (auditors, researchers) get instead of their
 * names: the SQL functions {@code person_ever_confidential} and {@code audit_redact} (migration V6)
 * null the identifying fields of these tables' rows; docs/audit.md lists the fields.
 */
public final class AuditRedaction {

    /** Tables whose audit entity id is a person's id: the ones whose rows can name a person. */
    public static final String PERSON_TABLES = "('person', 'person_name', 'person_external_id', 'person_citation',"
            + " 'person_search_key')";

    private AuditRedaction() {}

    /** SQL over alias {@code a}: whether this event's documents must be redacted. */
    public static String condition() {
        return "a.entity in " + PERSON_TABLES + " and person_ever_confidential(a.entity_id)";
    }
}
