package org.kartoteka.asknownon;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The record tables as they stood at an instant, rebuilt from the audit trail (V6): a record is
 * its last event at or before {@code :asKnownOn}, unless that event deleted it. The SQL is a list
 * of CTEs named after the tables, so a statement written for the live tables reads the past ones
 * when they are put in front of it (a CTE hides a table of the same name; {@code public.person}
 * still reaches the live one).
 *
 * <p>An event holds the whole row as the trigger saw it, generated columns (the bounds of partial
 * dates) included. Columns added after a row was last written are missing from its event and take
 * the default they were added with ({@link #ADDED_LATER}).
 */
public final class PastRecords {

    /** The tables the counting rules read. */
    static final List<String> TABLES = List.of("person", "detention", "recognition", "case_file", "charge", "trial",
            "legal_article");

    /** Columns added to a table after the audit trail began, with the default they were added with. */
    static final Map<String, String> ADDED_LATER = Map.of("detention", "{\"end_unknown\": false}");

    private PastRecords() {}

    /** The CTEs, without the leading {@code with}; parameter {@code :asKnownOn} (an instant). */
    public static String tables() {
        return TABLES.stream().map(PastRecords::table).collect(Collectors.joining(", "));
    }

    /** The condition on an audit event {@code a} that it had happened by the instant. */
    public static String happened(String alias) {
        return alias + ".occurred_at <= :asKnownOn";
    }

    private static String table(String name) {
        String row = ADDED_LATER.containsKey(name) ? "cast('" + ADDED_LATER.get(name) + "' as jsonb) || e.after"
                : "e.after";
        return name + " as (select r.* from (select distinct on (a.entity_id) a.action, a.after from audit_event a"
                + " where a.entity = '" + name + "' and " + happened("a") + " order by a.entity_id, a.id desc) e"
                + " cross join lateral jsonb_populate_record(cast(null as public." + name + "), " + row + ") r"
                + " where e.action <> 'DELETE')";
    }
}
