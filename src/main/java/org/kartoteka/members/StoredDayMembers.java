package org.kartoteka.members;

import java.time.LocalDate;
import org.kartoteka.series.SeriesQuery;

/**
 * The statement for the members of a level's day read from the stored level ranges (V75, V87)
 * rather than from every counted person's records: the persons with no pending {@code level_dirty}
 * mark count on the day when one of their stored ranges covers it, the marked ones (records or
 * visibility changed since their ranges were stored) as the counting rules read their records
 * ({@link SeriesQuery#dayRecords}). It answers the columns of {@link MembersService}'s
 * live statement, with the same values.
 *
 * <ul>
 *   <li>{@code total} and {@code shown}: the running sum of the day deltas per visibility
 *       ({@code level_delta}, grouping {@link SeriesQuery#VISIBILITY}), less the stored ranges of
 *       the marked persons that cover the day, plus the marked persons counted from their records
 *       (by their visibility now, or the last one a person since deleted had). A person has at
 *       most one range on a day (the ranges of one person never overlap, {@link SeriesQuery}), so
 *       ranges are persons.</li>
 *   <li>The page: the stored ranges of the metric in person order from {@code :after}, the first
 *       {@code :rows} that cover the day with a visibility the caller may read, merged with the
 *       marked persons shown; then the page's records by {@link SeriesQuery#dayRecords}, for
 *       those persons only.</li>
 * </ul>
 *
 * <p>Parameters {@code :after}, {@code :rows}, {@code :visible}. Work grows with the days of the
 * deltas, the marked persons and the page, not with the register, but for a day few persons count
 * on though many ranges started by then (a walk in person order that finds few that cover it):
 * early days read the ranges started by then instead (V87, the planner's choice).
 */
final class StoredDayMembers {

    /**
     * The marked persons, as a condition on a person id. {@code in (select ...)} lets the planner
     * see how many there are (from the table's size); {@code = any(array(...))}, tried, is
     * guessed at a handful, and the generic plan pgjdbc and PostgreSQL settle on after five
     * executions then joined the marked persons' records in nested loops: 2.8 s instead of
     * 0.2 s with 2,836 persons marked at 100,000.
     */
    private static final String MARKED = "in (select person_id from level_dirty)";

    private StoredDayMembers() {}

    /**
     * The statement for the day (written into it, so that each day is planned with the estimates
     * of its own ranges: the generic plan PostgreSQL settles on for a prepared statement run
     * often guesses a third of the ranges on any day, and walked every range of a day few persons
     * count on).
     */
    static String sql(String key, LocalDate day) {
        String metric = "'" + key + "'";
        String on = "date '" + day + "'";
        String covers = "l.metric = " + metric + " and l.s <= " + on + " and l.e > " + on;
        String marked = "exists (select 1 from level_dirty x where x.person_id = l.person_id)";
        return ("with marked_records as (" + SeriesQuery.dayRecordsOf(key, MARKED) + ")"
                + ", marked as (select m.person_id, " + ShownPersons.visibility("m.person_id", "v.visibility")
                + " as visibility from (select distinct person_id from marked_records) m"
                + " left join public.person v on v.id = m.person_id)"
                + ", stale as (select l.visibility from level_range l where " + covers + " and l.person_id " + MARKED + ")"
                + ", stored as (select grp as visibility, sum(delta) as n from level_delta where metric = " + metric
                + " and grouping = '" + SeriesQuery.VISIBILITY + "' and day <= " + on + " group by grp)"
                + ", counts as (select " + count("") + " as total, " + count(" where visibility in (:visible)")
                + " as shown)"
                + ", page as (select n.person_id, " + ShownPersons.name("n.person_id", false) + " as name from ("
                + "(select l.person_id from level_range l where " + covers + " and l.person_id > :after"
                + " and l.visibility in (:visible) and not " + marked + " order by l.person_id limit :rows)"
                + " union all select person_id from marked where visibility in (:visible) and person_id > :after) n"
                + " order by n.person_id limit :rows)"
                + " select c.total, c.shown, pg.person_id, pg.name, r.record_type, r.record_id, r.kind, r.dated,"
                + " r.ended, r.counts_from, r.counts_until"
                + " from counts c left join page pg on true"
                + " left join (" + SeriesQuery.dayRecordsOf(key, "in (select person_id from page)") + ") r"
                + " on r.person_id = pg.person_id"
                + " order by pg.person_id, r.counts_from, r.record_type, r.record_id").replace(":to", on);
    }

    /** The stored persons, less the marked persons' stored ranges, plus the marked persons, each filtered. */
    private static String count(String filter) {
        return "coalesce((select sum(n) from stored" + filter + "), 0) - (select count(*) from stale" + filter + ")"
                + " + (select count(*) from marked" + filter + ")";
    }
}
