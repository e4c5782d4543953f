package org.kartoteka.export;

import java.util.List;
import org.kartoteka.audit.AuditRedaction;

/**
 * Every CSV file of the export, in bundle order; docs/exports.md documents each column. One entry
 * per file: columns are explicit so that their order is a stable contract. Conventions: instants
 * through {@code csv_time} (UTC, microseconds), partial dates as their ISO text plus a
 * {@code ...Precision} column, free text through {@code csv_safe}, lists joined with {@code |}.
 */
final class ExportCatalog {

    /** Whether a person's identifying fields are blanked for this caller (CONFIDENTIAL, auditor). */
    private static final String HIDE = "(:redact and p.visibility = 'CONFIDENTIAL')";

    static final List<ExportFile> FILES = List.of(
            new ExportFile("sources.csv", "source", """
                    select s.id, s.version, csv_time(s.created_at) as "createdAt", csv_time(s.updated_at) as "updatedAt",
                      csv_safe(s.title) as title, csv_safe(s.publisher) as publisher, s.kind, csv_safe(s.url) as url,
                      csv_safe(s.archive_url) as "archiveUrl", s.published_on as "publishedOn",
                      partial_date_precision(s.published_on) as "publishedOnPrecision", csv_safe(s.language) as language,
                      s.reliability, csv_safe(s.notes) as notes, s.visibility
                    from source s order by s.id"""),
            new ExportFile("persons.csv", "person", """
                    select p.id, p.version, csv_time(p.created_at) as "createdAt", csv_time(p.updated_at) as "updatedAt",
                      case when %1$s then null else csv_safe(p.display_name) end as "displayName", p.gender,
                      p.birth_date as "birthDate", partial_date_precision(p.birth_date) as "birthDatePrecision",
                      p.died_on as "diedOn", partial_date_precision(p.died_on) as "diedOnPrecision",
                      csv_safe(p.region) as region,
                      case when %1$s then null else csv_safe(p.occupation) end as occupation,
                      case when %1$s then null else csv_safe(array_to_string(p.tags, '|')) end as tags,
                      case when %1$s then null else csv_safe(p.description) end as description, p.visibility
                    from person p order by p.id""".formatted(HIDE)),
            new ExportFile("person-names.csv", "person_name", """
                    select n.person_id as "personId", n.position,
                      case when %1$s then null else csv_safe(n.value) end as value,
                      csv_safe(n.lang) as lang, csv_safe(n.script) as script, n.kind
                    from person_name n join person p on p.id = n.person_id
                    order by n.person_id, n.position""".formatted(HIDE)),
            new ExportFile("person-external-ids.csv", "person_external_id", """
                    select x.person_id as "personId", x.position, csv_safe(x.scheme) as scheme,
                      case when %1$s then null else csv_safe(x.value) end as value
                    from person_external_id x join person p on p.id = x.person_id
                    order by x.person_id, x.position""".formatted(HIDE)),
            new ExportFile("legal-articles.csv", "legal_article", """
                    select a.id, a.version, csv_time(a.created_at) as "createdAt", csv_time(a.updated_at) as "updatedAt",
                      csv_safe(a.code) as code, csv_safe(a.number) as number, csv_safe(a.part) as part,
                      csv_safe(a.title) as title
                    from legal_article a order by a.id"""),
            new ExportFile("detentions.csv", "detention", """
                    select d.id, d.version, csv_time(d.created_at) as "createdAt", csv_time(d.updated_at) as "updatedAt",
                      d.person_id as "personId", d.case_id as "caseId", d.kind,
                      d.started_on as "startedOn", partial_date_precision(d.started_on) as "startedOnPrecision",
                      d.ended_on as "endedOn", partial_date_precision(d.ended_on) as "endedOnPrecision",
                      d.end_reason as "endReason", csv_safe(d.facility) as facility, csv_safe(d.region) as region
                    from detention d order by d.id"""),
            new ExportFile("citations.csv", "person_citation", CitationTables.unionQuery()),
            new ExportFile("audit.csv", "audit_event", """
                    select a.id, a.event_id as "eventId", csv_time(a.occurred_at) as "occurredAt",
                      csv_safe(a.actor_id) as "actorId", csv_safe(a.actor_name) as "actorName",
                      a.actor_role as "actorRole", csv_safe(a.request_id) as "requestId", a.entity,
                      a.entity_id as "entityId", a.action,
                      csv_safe((case when %1$s then audit_redact(a.entity, a.before) else a.before end)::text) as before,
                      csv_safe((case when %1$s then audit_redact(a.entity, a.after) else a.after end)::text) as after
                    from audit_event a order by a.id""".formatted(
                    "(:redact and " + AuditRedaction.condition() + ")")));

    private ExportCatalog() {}
}
