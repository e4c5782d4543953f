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
            new ExportFile("cases.csv", "case_file", """
                    select c.id, c.version, csv_time(c.created_at) as "createdAt", csv_time(c.updated_at) as "updatedAt",
                      c.person_id as "personId", csv_safe(c.reference) as reference, csv_safe(c.group_name) as "groupName",
                      c.opened_on as "openedOn", partial_date_precision(c.opened_on) as "openedOnPrecision",
                      csv_safe(c.authority) as authority, c.status
                    from case_file c order by c.id"""),
            new ExportFile("charges.csv", "charge", """
                    select g.id, g.version, csv_time(g.created_at) as "createdAt", csv_time(g.updated_at) as "updatedAt",
                      g.case_id as "caseId", g.article_id as "articleId", g.modifier,
                      g.charged_on as "chargedOn", partial_date_precision(g.charged_on) as "chargedOnPrecision", g.outcome,
                      csv_safe(coalesce(g.part, a.part)) as part
                    from charge g join legal_article a on a.id = g.article_id order by g.id"""),
            new ExportFile("trials.csv", "trial", """
                    select t.id, t.version, csv_time(t.created_at) as "createdAt", csv_time(t.updated_at) as "updatedAt",
                      t.case_id as "caseId", csv_safe(t.court) as court, csv_safe(array_to_string(t.judges, '|')) as judges,
                      csv_safe(array_to_string(t.prosecutors, '|')) as prosecutors,
                      t.started_on as "startedOn", partial_date_precision(t.started_on) as "startedOnPrecision",
                      t.verdict_on as "verdictOn", partial_date_precision(t.verdict_on) as "verdictOnPrecision", t.verdict,
                      t.closed_session as "closedSession", t.in_absentia as "inAbsentia", t.sentence_type as "sentenceType",
                      csv_safe(t.sentence_regime) as "sentenceRegime", t.sentence_term_days as "sentenceTermDays",
                      t.sentence_fine_amount as "sentenceFineAmount", t.sentence_currency as "sentenceCurrency",
                      t.appeal_on as "appealOn", partial_date_precision(t.appeal_on) as "appealOnPrecision",
                      csv_safe(t.appeal_outcome) as "appealOutcome"
                    from trial t order by t.id"""),
            new ExportFile("detentions.csv", "detention", """
                    select d.id, d.version, csv_time(d.created_at) as "createdAt", csv_time(d.updated_at) as "updatedAt",
                      d.person_id as "personId", d.case_id as "caseId", d.kind,
                      d.started_on as "startedOn", partial_date_precision(d.started_on) as "startedOnPrecision",
                      d.ended_on as "endedOn", partial_date_precision(d.ended_on) as "endedOnPrecision",
                      d.end_unknown as "endUnknown", d.end_reason as "endReason", csv_safe(d.facility) as facility, csv_safe(d.region) as region
                    from detention d order by d.id"""),
            new ExportFile("recognitions.csv", "recognition", """
                    select r.id, r.version, csv_time(r.created_at) as "createdAt", csv_time(r.updated_at) as "updatedAt",
                      r.person_id as "personId", csv_safe(r.recognized_by) as "recognizedBy",
                      r.recognized_on as "recognizedOn", partial_date_precision(r.recognized_on) as "recognizedOnPrecision",
                      csv_safe(array_to_string(r.grounds, '|')) as grounds,
                      r.revoked_on as "revokedOn", partial_date_precision(r.revoked_on) as "revokedOnPrecision"
                    from recognition r order by r.id"""),
            new ExportFile("metrics.csv", "metric", """
                    select m.id, m.version, csv_time(m.created_at) as "createdAt", csv_time(m.updated_at) as "updatedAt",
                      csv_safe(m.key) as key, csv_safe(m.label) as label, csv_safe(m.label_en) as "labelEn",
                      csv_safe(m.label_be) as "labelBe", csv_safe(m.label_ru) as "labelRu", csv_safe(m.definition) as definition, m.kind,
                      csv_safe(m.unit) as unit, m.computed, m.public_figure as "publicFigure",
                      csv_safe(m.publisher) as publisher
                    from metric m order by m.id"""),
            new ExportFile("observations.csv", "observation", """
                    select o.id, o.version, csv_time(o.created_at) as "createdAt", csv_time(o.updated_at) as "updatedAt",
                      o.metric_id as "metricId", o.value, o.qualifier,
                      o.as_of as "asOf", partial_date_precision(o.as_of) as "asOfPrecision",
                      o.period_start as "periodStart", partial_date_precision(o.period_start) as "periodStartPrecision",
                      o.period_end as "periodEnd", partial_date_precision(o.period_end) as "periodEndPrecision",
                      csv_safe(o.scope) as scope, csv_safe(o.publisher) as publisher
                    from observation o order by o.id"""),
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
