package org.kartoteka.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The citation tables that {@code citations.csv} unites: one line per table, with the record
 * table, its id column and the expression that gives the person the record belongs to (null for
 * records of no person), so that citations of CONFIDENTIAL persons' facts lose their quote and note.
 */
final class CitationTables {

    record Table(String entity, String idColumn, String personOf) {}

    static final List<Table> TABLES = List.of(
            new Table("person", "person_id", "c.person_id"),
            new Table("case_file", "case_file_id", "(select r.person_id from case_file r where r.id = c.case_file_id)"),
            new Table("charge", "charge_id", "(select r.person_id from case_file r join charge g on g.case_id = r.id"
                    + " where g.id = c.charge_id)"),
            new Table("trial", "trial_id", "(select r.person_id from case_file r join trial t on t.case_id = r.id"
                    + " where t.id = c.trial_id)"),
            new Table("detention", "detention_id", "(select r.person_id from detention r where r.id = c.detention_id)"),
            new Table("recognition", "recognition_id",
                    "(select r.person_id from recognition r where r.id = c.recognition_id)"),
            new Table("observation", "observation_id", "null::uuid"));

    private CitationTables() {}

    /** Placeholder replaced at export time by the tables this database has. */
    static final String PLACEHOLDER = "{citation tables}";

    static String unionQuery() {
        return PLACEHOLDER;
    }

    /** The union over the existing citation tables, ordered by entity, record and position. */
    static String unionOf(List<Table> existing) {
        String union = existing.stream().map(t -> """
                select '%1$s' as entity, c.%2$s as "entityId", c.position, c.source_id as "sourceId",
                  csv_safe(c.locator) as locator,
                  case when :redact and hidden.yes then null else csv_safe(c.quote) end as quote,
                  case when :redact and hidden.yes then null else csv_safe(c.note) end as note
                from %1$s_citation c cross join lateral (select coalesce((select p.visibility = 'CONFIDENTIAL'
                  from person p where p.id = %3$s), false) as yes) hidden"""
                .formatted(t.entity(), t.idColumn(), t.personOf()))
                .collect(Collectors.joining("\nunion all\n"));
        return "select * from (" + union + ") citations order by entity, \"entityId\", position";
    }
}
