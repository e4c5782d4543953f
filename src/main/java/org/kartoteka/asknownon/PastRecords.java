package org.kartoteka.asknownon;

import java.util.Arrays;
import java.util.LinkedHashMap;
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

    /**
     * The tables the counting rules read, with the columns they read (as {@code jsonb_to_record}
     * declares them: reading a few typed fields is several times cheaper than rebuilding whole rows).
     * A rule that reads another column must add it here; {@code AsKnownOnResourceTest} compares
     * past answers with the answers given then.
     */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("person", "id uuid, display_name varchar, gender varchar, region varchar, visibility varchar");
        TABLES.put("detention", "id uuid, person_id uuid, case_id uuid, kind varchar, started_on varchar,"
                + " started_earliest date, started_latest date, ended_on varchar, ended_earliest date,"
                + " ended_latest date, end_unknown boolean, end_reason varchar, facility varchar, region varchar");
        TABLES.put("recognition", "id uuid, person_id uuid, recognized_by varchar, recognized_on varchar,"
                + " recognized_earliest date, recognized_latest date, revoked_on varchar, revoked_earliest date,"
                + " revoked_latest date");
        TABLES.put("case_file", "id uuid, person_id uuid, status varchar");
        TABLES.put("charge", "id uuid, case_id uuid, article_id uuid");
        TABLES.put("trial", "id uuid, case_id uuid, verdict varchar, verdict_on varchar, verdict_earliest date,"
                + " verdict_latest date, sentence_type varchar");
        TABLES.put("legal_article", "id uuid, code varchar, number varchar, part varchar");
    }

    /** Boolean columns added to a table after the audit trail began with the default false. */
    static final Map<String, String> ADDED_LATER = Map.of("detention", "end_unknown");

    private PastRecords() {}

    /** The CTEs, without the leading {@code with}; parameter {@code :asKnownOn} (an instant). */
    public static String tables() {
        return TABLES.keySet().stream().map(PastRecords::table).collect(Collectors.joining(", "));
    }

    /** The condition on an audit event {@code a} that it had happened by the instant. */
    public static String happened(String alias) {
        return alias + ".occurred_at <= :asKnownOn";
    }

    private static String table(String name) {
        String columns = Arrays.stream(TABLES.get(name).split(","))
                .map(definition -> definition.strip().split(" ")[0])
                .map(column -> column.equals(ADDED_LATER.get(name))
                        ? "coalesce(r." + column + ", false) as " + column : "r." + column)
                .collect(Collectors.joining(", "));
        return name + " as (select " + columns + " from (select distinct on (a.entity_id) a.action, a.after"
                + " from audit_event a where a.entity = '" + name + "' and a.action <> 'MERGE' and " + happened("a")
                + " order by a.entity_id, a.id desc) e cross join lateral jsonb_to_record(e.after) as r("
                + TABLES.get(name) + ") where e.action <> 'DELETE')";
    }
}
