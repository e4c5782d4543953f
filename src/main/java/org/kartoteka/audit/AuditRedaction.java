package org.kartoteka.audit;

/**
 * What callers who may not see CONFIDENTIAL persons (auditors, researchers) get instead of their
 * names: the SQL functions {@code audit_names_confidential} (migration V9: the person's own rows and
 * the citations of their facts, whose quotes can name them) and {@code audit_redact} null the
 * identifying fields of those rows; docs/audit.md lists the fields.
 */
public final class AuditRedaction {

    private AuditRedaction() {}

    /** SQL over alias {@code a}: whether this event's documents must be redacted. */
    public static String condition() {
        return "audit_names_confidential(a.entity, a.entity_id)";
    }
}
