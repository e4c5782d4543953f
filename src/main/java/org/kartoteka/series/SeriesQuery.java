package org.kartoteka.series;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kartoteka.common.ProblemException;
import org.kartoteka.metric.MetricKind;

/**
 * The SQL that computes a series from the records, one statement per request, entirely in
 * PostgreSQL. docs/counting.md states the rules in prose; this class is their only implementation.
 *
 * <p><b>Levels (STOCK).</b> Each record that can make a person count becomes a half-open day range
 * {@code [s, e)} in which it <em>certainly</em> holds: a detention from its latest possible start
 * to its earliest possible end ({@code e} is {@code infinity} while it lasts), a recognition from
 * its latest possible date to its earliest possible revocation. The level on day D is a running
 * sum of +1 at each range start and -1 at each range end, read at the last day of every interval.
 * A person counts once a day because the ranges of one person never overlap: detentions by the
 * constraint {@code detention_no_overlap} (V3, over exactly these ranges), recognitions because
 * they are merged into islands first (two organisations recognising one person), and their
 * intersections therefore too. Breakdowns that can repeat a range (several charges under one
 * article) take distinct rows.
 *
 * <p><b>Numbers over a period (FLOW).</b> Each event is placed on the day the matching level
 * changes and counted once per person per interval: a new detention on its latest possible start,
 * unless it takes over from another detention of the person ending that day (pretrial to
 * sentence); a release on its earliest possible end, unless another detention takes over that day;
 * a recognition on its latest possible day; a conviction on the latest possible verdict day.
 */
public final class SeriesQuery {

    public static final List<String> COMPUTED_KEYS = List.of("political-prisoners", "detained", "new-detentions",
            "releases", "recognitions", "convictions");

    /** The level metrics whose ranges {@code level_range} keeps. */
    static final List<String> STORED_LEVELS = List.of("political-prisoners", "detained");

    /**
     * The column of {@code level_range} and the grouping of {@code level_delta} that keep the
     * person's visibility (V87): members count the persons a caller may read from the day deltas.
     */
    public static final String VISIBILITY = "visibility";

    /** Detention kinds that make a recognised person a political prisoner (DESIGN.md section 3). */
    static final String PRISONER_KINDS = "'PRETRIAL', 'SENTENCE', 'OPEN_FACILITY', 'HOUSE_ARREST', 'PSYCHIATRIC'";

    private static final String INFINITY = "cast('infinity' as date)";
    private static final String DETENTION_END = "case when d.end_unknown then d.started_latest"
            + " when d.ended_on is null then " + INFINITY + " else d.ended_earliest end";
    /**
     * A detention that certainly covers at least one day; one that may not have lasted a day never
     * counts, nor does one whose end is unknown (it may have ended the day it began).
     */
    private static final String CERTAIN_DETENTION = "(not d.end_unknown and (d.ended_on is null"
            + " or d.ended_earliest > d.started_latest))";
    private static final String RECOGNITION_END = "case when r.revoked_on is null then " + INFINITY
            + " else r.revoked_earliest end";

    /**
     * A detention ({@code d}) as the columns {@code record_type, record_id, kind, dated, ended,
     * counts_from, counts_until} of {@link #levelRecords}.
     */
    public static final String DETENTION_COLUMNS = "'DETENTION' as record_type, d.id as record_id, d.kind as kind,"
            + " d.started_on as dated, d.ended_on as ended, d.started_latest as counts_from, "
            + lastDay(DETENTION_END) + " as counts_until";
    /** A recognition ({@code r}) as the same columns. */
    public static final String RECOGNITION_COLUMNS = "'RECOGNITION' as record_type, r.id as record_id,"
            + " r.recognized_by as kind, r.recognized_on as dated, r.revoked_on as ended,"
            + " r.recognized_latest as counts_from, " + lastDay(RECOGNITION_END) + " as counts_until";

    private static final Map<GroupBy, String> DETENTION_GROUPS = new EnumMap<>(Map.of(
            GroupBy.REGION, "coalesce(d.region, p.region, '')",
            GroupBy.GENDER, "coalesce(p.gender, '')",
            GroupBy.FACILITY, "coalesce(d.facility, '')",
            GroupBy.ARTICLE, "coalesce(" + article() + ", '')",
            GroupBy.SENTENCE_TYPE, "coalesce(t.sentence_type, '')"));

    private static final Map<GroupBy, String> PERSON_GROUPS = new EnumMap<>(Map.of(
            GroupBy.REGION, "coalesce(p.region, '')",
            GroupBy.GENDER, "coalesce(p.gender, '')",
            GroupBy.ARTICLE, "coalesce(" + article() + ", '')"));

    private static final Map<GroupBy, String> TRIAL_GROUPS = new EnumMap<>(Map.of(
            GroupBy.REGION, "coalesce(p.region, '')",
            GroupBy.GENDER, "coalesce(p.gender, '')",
            GroupBy.ARTICLE, "coalesce(" + article() + ", '')",
            GroupBy.SENTENCE_TYPE, "coalesce(t.sentence_type, '')"));

    /**
     * The breakdowns the stored level ranges carry (V75, {@code level_range}): the columns hold
     * the {@link #DETENTION_GROUPS} expressions, so a stored range reads exactly as a live one.
     */
    private static final Map<GroupBy, String> STORED_GROUPS = new EnumMap<>(Map.of(
            GroupBy.REGION, "region", GroupBy.GENDER, "gender", GroupBy.FACILITY, "facility"));

    /** How a level's ranges are selected: distinct or not, the group column(s), the joins they need. */
    private record RangeColumns(String select, String groups, String joins) {

        static RangeColumns of(GroupBy groupBy) {
            return new RangeColumns(SeriesQuery.select(groupBy), group(DETENTION_GROUPS, groupBy) + " as grp",
                    personJoin(groupBy) + detentionJoins(groupBy));
        }

        /**
         * Every stored breakdown at once, and the person's visibility (V87), as the columns of
         * {@code level_range}.
         */
        static RangeColumns stored() {
            StringBuilder groups = new StringBuilder();
            STORED_GROUPS.forEach((groupBy, column) -> groups.append(groups.isEmpty() ? "" : ", ")
                    .append(DETENTION_GROUPS.get(groupBy)).append(" as ").append(column));
            groups.append(", p.visibility as ").append(VISIBILITY);
            return new RangeColumns("select ", groups.toString(), " join person p on p.id = d.person_id");
        }
    }

    private SeriesQuery() {}

    public static boolean computes(String key) {
        return COMPUTED_KEYS.contains(key);
    }

    public static MetricKind kindOf(String key) {
        return switch (key) {
            case "political-prisoners", "detained" -> MetricKind.STOCK;
            default -> MetricKind.FLOW;
        };
    }

    /** The breakdowns a computed metric offers. */
    static Set<GroupBy> groupings(String key) {
        return switch (key) {
            case "recognitions" -> PERSON_GROUPS.keySet();
            case "convictions" -> TRIAL_GROUPS.keySet();
            default -> DETENTION_GROUPS.keySet();
        };
    }

    /**
     * The statement for a computed metric. Parameters {@code :from} and {@code :to} (dates); it
     * returns rows {@code (start_day, end_day, grp, value)} ordered by group and day, {@code grp}
     * being '' when not grouped or when a record has no value for the breakdown.
     */
    static String sql(String key, Interval interval, GroupBy groupBy) {
        return sql(key, interval, groupBy, null);
    }

    /**
     * The same statement over other record tables: {@code pastRecords} is a list of CTEs named
     * after the record tables (detention, recognition, person, ...) that stand in for them, e.g.
     * the records as they stood at an earlier instant; null for the records as they are.
     */
    static String sql(String key, Interval interval, GroupBy groupBy, String pastRecords) {
        if (groupBy != null && !groupings(key).contains(groupBy)) {
            throw ProblemException.invalid("groupBy", "'" + key + "' cannot be broken down by " + groupBy.param()
                    + "; it offers " + groupings(key).stream().map(GroupBy::param).sorted()
                            .collect(Collectors.joining(", ")));
        }
        if (pastRecords == null && readsStoredRanges(key, groupBy)) {
            return storedLevel(key, interval, groupBy);
        }
        return rules(key, interval, groupBy, pastRecords);
    }

    /** The statement straight from the records, never from the stored ranges (what they are checked against). */
    static String rules(String key, Interval interval, GroupBy groupBy, String pastRecords) {
        String head = with(pastRecords) + "buckets as (" + buckets(interval) + ")";
        return switch (key) {
            case "political-prisoners" -> head + recognised() + ", ranges as (" + prisoners(groupBy) + ")" + level(groupBy);
            case "detained" -> head + ", ranges as (" + detained(groupBy) + ")" + level(groupBy);
            case "new-detentions" -> head + ", events as (" + handovers(groupBy, "started_latest", "ended_earliest")
                    + ")" + flow(interval, groupBy);
            case "releases" -> head + ", events as (" + handovers(groupBy, "ended_earliest", "started_latest")
                    + ")" + flow(interval, groupBy);
            case "recognitions" -> head + ", events as (" + recognitions(groupBy) + ")" + flow(interval, groupBy);
            case "convictions" -> head + ", events as (" + convictions(groupBy) + ")" + flow(interval, groupBy);
            default -> throw new IllegalArgumentException("not a computed metric: " + key);
        };
    }

    /** Level metrics, unbroken or broken down by a column {@code level_range} keeps, read the stored ranges. */
    static boolean readsStoredRanges(String key, GroupBy groupBy) {
        return STORED_LEVELS.contains(key) && (groupBy == null || STORED_GROUPS.containsKey(groupBy));
    }

    /**
     * A level from the stored day deltas ({@code level_delta}: per day, ranges starting minus
     * ranges ending, summed over every stored range), corrected for the persons whose records
     * changed since they were stored ({@code level_dirty}): their stored ranges are taken out and
     * their ranges as the live rules compute them from their records put in. At every snapshot
     * that is the sum over the same ranges as {@link #sql} computes from the records.
     *
     * <p>The live rules bound ranges by {@code :from} and {@code :to}; the deltas are unbounded. A
     * range ending by {@code :from} adds +1 and -1 before the first day read, one starting after
     * {@code :to} nothing before the last, so the levels read are the same. A group is listed, as
     * live, when one of its ranges covers a day of from..to, that is when its level is above zero
     * on {@code :from} or on a day its level changes within from..to.
     */
    private static String storedLevel(String key, Interval interval, GroupBy groupBy) {
        boolean prisoners = "political-prisoners".equals(key);
        String live = prisoners ? prisoners(groupBy) : detained(groupBy);
        String grouping = groupBy == null ? "" : STORED_GROUPS.get(groupBy);
        String group = groupBy == null ? "''" : STORED_GROUPS.get(groupBy);
        String present = groupBy == null ? "select '' as grp"
                : "select distinct grp from running where level > 0 and day between :from and :to"
                        + " union select '' where not exists (select 1 from running where level > 0"
                        + " and day between :from and :to)";
        return "with " + recordsOf("in (select person_id from level_dirty)") + ", buckets as (" + buckets(interval) + ")"
                + (prisoners ? recognised() : "")
                + ", live as (" + live + ")"
                + ", stale as (select " + group + " as grp, s, e from level_range l where l.metric = '" + key + "'"
                + " and l.person_id in (select person_id from level_dirty))"
                + ", changes as (select grp, day, delta from level_delta where metric = '" + key + "'"
                + " and grouping = '" + grouping + "'"
                + " union all select grp, s, -1 from stale union all select grp, e, 1 from stale where e <> " + INFINITY
                + " union all select grp, s, 1 from live union all select grp, e, -1 from live where e <> " + INFINITY + ")"
                + ", candidates as (select distinct grp from changes union select '')"
                + ", running as (select grp, day, marker, sum(delta) over (partition by grp order by day) as level"
                + " from (select grp, day, sum(delta) as delta, bool_or(marker) as marker from ("
                + "select grp, day, delta, false as marker from changes"
                + " union all select c.grp, b.end_day, 0, true from buckets b cross join candidates c"
                + " union all select c.grp, cast(:from as date), 0, false from candidates c) as days"
                + " group by grp, day) as per_day)"
                + ", grps as (" + present + ")"
                + " select b.start_day, b.end_day, r.grp, r.level as value from buckets b"
                + " join running r on r.day = b.end_day and r.marker join grps g on g.grp = r.grp"
                + " order by r.grp, b.start_day";
    }

    /**
     * The statement that adds (sign +1) or takes out (sign -1) the day deltas of the stored ranges
     * of the persons in the second parameter (a uuid array) to or from {@code level_delta}, for
     * every stored breakdown, none, and the persons' visibility (grouping {@link #VISIBILITY}, for
     * the members' counts, V87). Parameters: the sign, the persons.
     */
    static String storeDeltas() {
        StringBuilder groupings = new StringBuilder("('', '')");
        Stream.concat(STORED_GROUPS.values().stream(), Stream.of(VISIBILITY))
                .forEach(column -> groupings.append(", ('").append(column).append("', l.").append(column).append(")"));
        return "insert into level_delta (metric, grouping, grp, day, delta)"
                + " select l.metric, g.grouping, g.grp, d.day, sum(d.delta) * ? from level_range l"
                + " cross join lateral (values " + groupings + ") as g(grouping, grp)"
                + " cross join lateral (values (l.s, 1), (l.e, -1)) as d(day, delta)"
                + " where l.person_id = any(?) and d.day <> " + INFINITY
                + " group by l.metric, g.grouping, g.grp, d.day"
                + " on conflict (metric, grouping, grp, day) do update set delta = level_delta.delta + excluded.delta";
    }

    /**
     * The statement that stores the level ranges of the persons in its three parameters (the same
     * uuid array each) into {@code level_range}: the live rules over those persons' records, unbounded.
     */
    static String storeRanges(String key) {
        boolean prisoners = "political-prisoners".equals(key);
        String ranges = prisoners ? prisoners(RangeColumns.stored()) : detained(RangeColumns.stored());
        String sql = "with " + recordsOf("= any(cast(? as uuid[]))")
                + (prisoners ? recognised() : "") + ", ranges as (" + ranges + ")"
                + " insert into level_range (metric, person_id, record_id, region, gender, facility, visibility, s, e)"
                + " select '" + key + "', person_id, record_id, region, gender, facility, visibility, s, e from ranges";
        return sql.replace(":from", "cast('-infinity' as date)").replace(":to", INFINITY);
    }

    /**
     * CTEs that stand in for the record tables a level reads, holding the rows of the persons the
     * condition on their id selects ({@code in (select ...)}, or {@code = any(?)}: an index scan
     * per table, where a CTE of ids would be a scan of the whole table).
     */
    private static String recordsOf(String persons) {
        return "detention as (select * from detention where person_id " + persons + ")"
                + ", recognition as (select * from recognition where person_id " + persons + ")"
                + ", person as (select * from person where id " + persons + ")";
    }

    /**
     * The ranges of a level (STOCK) metric: the CTE {@code ranges (person_id, record_id, grp, s, e)}
     * the series sums (a detention's id as record_id), over the days {@code :from..:to}.
     */
    public static String levelRecords(String key, String pastRecords) {
        StringBuilder sql = new StringBuilder(with(pastRecords));
        if ("political-prisoners".equals(key)) {
            sql.append(recognised().substring(2)).append(", ranges as (").append(prisoners((GroupBy) null)).append(")");
        } else if ("detained".equals(key)) {
            sql.append("ranges as (").append(detained((GroupBy) null)).append(")");
        } else {
            throw new IllegalArgumentException("not a computed level: " + key);
        }
        return sql.toString();
    }

    /**
     * The records that put each person into a level (STOCK) on the day {@code :to}, as one CTE
     * {@code counted} of rows {@code (person_id, record_type, record_id, kind, dated, ended,
     * counts_from, counts_until)}: the detentions whose range (as in {@link #levelRecords}) covers
     * the day, and for {@code political-prisoners} the recognitions that hold on it, of persons who
     * have both. {@code counts_until} is the last day the record counts, null while it lasts.
     *
     * <p>On a single day this is the series' rule read directly: the day lies in a detention's
     * range intersected with a recognition island exactly when it lies in the detention's range and
     * in the range of one of the person's recognitions (the islands are the union of those ranges),
     * so no islands are built. {@code MembersResourceTest} checks the totals against the series on
     * every day of a corpus.
     */
    public static String dayRecords(String key, String pastRecords) {
        String on = "cast(:to as date)";
        String detentionHolds = "d.started_latest <= " + on + " and " + DETENTION_END + " > " + on;
        String recognitionHolds = "r.recognized_latest <= " + on + " and " + RECOGNITION_END + " > " + on;
        String head = with(pastRecords) + "counted as (select d.person_id, " + DETENTION_COLUMNS + " from detention d";
        return switch (key) {
            case "political-prisoners" -> head + " where d.kind in (" + PRISONER_KINDS + ") and " + detentionHolds
                    + " and exists (select 1 from recognition r where r.person_id = d.person_id and " + recognitionHolds
                    + ") union all select r.person_id, " + RECOGNITION_COLUMNS + " from recognition r where "
                    + recognitionHolds + " and exists (select 1 from detention d where d.person_id = r.person_id"
                    + " and d.kind in (" + PRISONER_KINDS + ") and " + detentionHolds + "))";
            case "detained" -> head + " where d.kind <> 'ADMINISTRATIVE_ARREST' and " + CERTAIN_DETENTION + " and "
                    + detentionHolds + ")";
            default -> throw new IllegalArgumentException("not a computed level: " + key);
        };
    }

    /** Whether {@code level_range} keeps the ranges of this metric (V75). */
    public static boolean storesRanges(String key) {
        return STORED_LEVELS.contains(key);
    }

    /**
     * {@link #dayRecords} over the records of the persons a condition on their id selects (e.g.
     * {@code in (select person_id from page)}), as a query of its own ({@code with ... select *
     * from counted}) to put in parentheses where a table would go.
     */
    public static String dayRecordsOf(String key, String persons) {
        return dayRecords(key, recordsOf(persons)) + " select * from counted";
    }

    /**
     * The events a FLOW metric counts in {@code :from..:to}, as one CTE {@code counted} of the same
     * columns as {@link #levelRecords} ({@code counts_from} is the day the event is placed on,
     * {@code counts_until} null). Persons here are exactly the persons the series counts over
     * from..to taken as one interval.
     */
    public static String flowRecords(String key, String pastRecords) {
        String events = switch (key) {
            case "new-detentions" -> handovers(null, "started_latest", "ended_earliest");
            case "releases" -> handovers(null, "ended_earliest", "started_latest");
            case "recognitions" -> recognitions(null);
            case "convictions" -> convictions(null);
            default -> throw new IllegalArgumentException("not a computed flow: " + key);
        };
        String record = switch (key) {
            case "recognitions" -> "'RECOGNITION' as record_type, r.id as record_id, r.recognized_by as kind,"
                    + " r.recognized_on as dated, r.revoked_on as ended";
            case "convictions" -> "'TRIAL' as record_type, t.id as record_id, t.verdict as kind,"
                    + " t.verdict_on as dated, cast(null as varchar) as ended";
            default -> "'DETENTION' as record_type, d.id as record_id, d.kind as kind,"
                    + " d.started_on as dated, d.ended_on as ended";
        };
        String table = switch (key) {
            case "recognitions" -> " join recognition r on r.id = e.record_id";
            case "convictions" -> " join trial t on t.id = e.record_id";
            default -> " join detention d on d.id = e.record_id";
        };
        return with(pastRecords) + "events as (" + events + "), counted as (select distinct e.person_id, " + record
                + ", e.day as counts_from, cast(null as date) as counts_until from events e" + table
                + " where e.day between :from and :to)";
    }

    private static String with(String pastRecords) {
        return pastRecords == null ? "with " : "with " + pastRecords + ", ";
    }

    /** The last day a half-open range {@code [s, e)} covers, null when it has no end. */
    private static String lastDay(String end) {
        return "case when (" + end + ") = " + INFINITY + " then cast(null as date) else cast((" + end
                + ") - 1 as date) end";
    }

    /** One row per interval: its first and last counted day, clipped to from..to. */
    private static String buckets(Interval interval) {
        String step = "cast('1 " + interval.unit() + "' as interval)";
        return "select greatest(cast(b as date), cast(:from as date)) as start_day,"
                + " least(cast(b + " + step + " - cast('1 day' as interval) as date), cast(:to as date)) as end_day"
                + " from generate_series(date_trunc('" + interval.unit() + "', cast(:from as timestamp)),"
                + " cast(:to as timestamp), " + step + ") as b";
    }

    /** Non-administrative detentions as ranges that certainly cover their days. */
    private static String detained(GroupBy groupBy) {
        return detained(RangeColumns.of(groupBy));
    }

    private static String detained(RangeColumns columns) {
        return columns.select() + "d.person_id, d.id as record_id, " + columns.groups() + ", d.started_latest as s, "
                + DETENTION_END + " as e from detention d" + columns.joins()
                + " where d.kind <> 'ADMINISTRATIVE_ARREST' and " + CERTAIN_DETENTION + " and d.started_latest <= :to"
                + " and " + DETENTION_END + " > :from";
    }

    /** Each person's recognitions merged into islands, so that two organisations count once. */
    private static String recognised() {
        String before = " over (partition by person_id order by s, e rows between unbounded preceding and 1 preceding)";
        return ", recognition_ranges as (select r.person_id, r.recognized_latest as s, " + RECOGNITION_END + " as e"
                + " from recognition r where r.recognized_latest is not null and r.recognized_latest <= :to)"
                + ", recognition_marked as (select person_id, s, e, case when s <= max(e)" + before
                + " then 0 else 1 end as opens from recognition_ranges where s < e)"
                + ", recognition_numbered as (select person_id, s, e, sum(opens) over (partition by person_id"
                + " order by s, e rows unbounded preceding) as island from recognition_marked)"
                + ", recognised as (select person_id, min(s) as s, max(e) as e from recognition_numbered"
                + " group by person_id, island)";
    }

    /** Detentions of the prisoner kinds intersected with the person's recognition islands. */
    private static String prisoners(GroupBy groupBy) {
        return prisoners(RangeColumns.of(groupBy));
    }

    private static String prisoners(RangeColumns columns) {
        return "select * from (" + columns.select() + "d.person_id, d.id as record_id, " + columns.groups() + ","
                + " greatest(d.started_latest, r.s) as s, least(" + DETENTION_END + ", r.e) as e"
                + " from detention d join recognised r on r.person_id = d.person_id" + columns.joins()
                + " where d.kind in (" + PRISONER_KINDS + ") and d.started_latest <= :to) x"
                + " where s < e and e > :from";
    }

    /**
     * Starts (or ends) of non-administrative detentions in from..to that no other detention of the
     * person hands over to (or takes over from) on that day.
     */
    private static String handovers(GroupBy groupBy, String day, String otherDay) {
        return "select d.person_id, d.id as record_id, " + group(DETENTION_GROUPS, groupBy) + " as grp, d." + day + " as day"
                + " from detention d" + personJoin(groupBy) + detentionJoins(groupBy)
                + " where d.kind <> 'ADMINISTRATIVE_ARREST' and " + CERTAIN_DETENTION
                + " and d." + day + " between :from and :to"
                + " and not exists (select 1 from detention o where o.person_id = d.person_id and o.id <> d.id"
                + " and o.kind <> 'ADMINISTRATIVE_ARREST' and o.ended_on is not null"
                + " and o.ended_earliest > o.started_latest and o." + otherDay + " = d." + day + ")";
    }

    private static String recognitions(GroupBy groupBy) {
        String joins = groupBy == GroupBy.ARTICLE ? " left join case_file c on c.person_id = r.person_id"
                + " left join charge ch on ch.case_id = c.id left join legal_article la on la.id = ch.article_id" : "";
        return "select r.person_id, r.id as record_id, " + group(PERSON_GROUPS, groupBy) + " as grp, r.recognized_latest as day"
                + " from recognition r join person p on p.id = r.person_id" + joins
                + " where r.recognized_latest between :from and :to";
    }

    private static String convictions(GroupBy groupBy) {
        String joins = groupBy == GroupBy.ARTICLE ? " left join charge ch on ch.case_id = t.case_id"
                + " left join legal_article la on la.id = ch.article_id" : "";
        return "select c.person_id, t.id as record_id, " + group(TRIAL_GROUPS, groupBy) + " as grp, t.verdict_latest as day"
                + " from trial t join case_file c on c.id = t.case_id join person p on p.id = c.person_id" + joins
                + " where t.verdict = 'CONVICTED' and t.verdict_latest between :from and :to";
    }

    private static String detentionJoins(GroupBy groupBy) {
        if (groupBy == GroupBy.ARTICLE) {
            return " left join charge ch on ch.case_id = d.case_id left join legal_article la on la.id = ch.article_id";
        }
        if (groupBy == GroupBy.SENTENCE_TYPE) {
            return " left join trial t on t.case_id = d.case_id and t.sentence_type is not null";
        }
        return "";
    }

    /**
     * The running sum of range starts and ends, read at the last day of every interval. Starts and
     * ends are first summed per day, so that the window runs over days, not over records.
     */
    private static String level(GroupBy groupBy) {
        String groups = groupBy == null ? "select '' as grp"
                : "select distinct grp from ranges union select '' where not exists (select 1 from ranges)";
        return ", grps as (" + groups + ")"
                + ", deltas as (select grp, day, sum(delta) as delta, bool_or(marker) as marker from ("
                + "select grp, s as day, 1 as delta, false as marker from ranges"
                + " union all select grp, e, -1, false from ranges where e <> " + INFINITY
                + " union all select g.grp, b.end_day, 0, true from buckets b cross join grps g) as changes"
                + " group by grp, day)"
                + ", running as (select grp, day, marker, sum(delta) over (partition by grp order by day) as level"
                + " from deltas)"
                + " select b.start_day, b.end_day, r.grp, r.level as value from buckets b"
                + " join running r on r.day = b.end_day and r.marker"
                + " order by r.grp, b.start_day";
    }

    /** Distinct persons per interval and group (made distinct by hashing, then counted). */
    private static String flow(Interval interval, GroupBy groupBy) {
        String groups = groupBy == null ? "select '' as grp"
                : "select distinct grp from counted union select '' where not exists (select 1 from counted)";
        return ", counted as (select start_day, grp, count(*) as n from (select distinct greatest(cast(date_trunc('"
                + interval.unit() + "', day) as date), cast(:from as date)) as start_day, grp, person_id from events"
                + " where day between :from and :to) as persons group by start_day, grp)"
                + ", grps as (" + groups + ")"
                + " select b.start_day, b.end_day, g.grp, coalesce(c.n, 0) as value"
                + " from buckets b cross join grps g"
                + " left join counted c on c.start_day = b.start_day and c.grp = g.grp"
                + " order by g.grp, b.start_day";
    }

    /** Breakdowns by article or sentence can repeat a range (two charges under one article): keep one. */
    private static String select(GroupBy groupBy) {
        return groupBy == GroupBy.ARTICLE || groupBy == GroupBy.SENTENCE_TYPE ? "select distinct " : "select ";
    }

    private static String personJoin(GroupBy groupBy) {
        return groupBy == GroupBy.REGION || groupBy == GroupBy.GENDER ? " join person p on p.id = d.person_id" : "";
    }

    private static String group(Map<GroupBy, String> expressions, GroupBy groupBy) {
        return groupBy == null ? "''" : expressions.get(groupBy);
    }

    private static String article() {
        return "la.code || ' ' || la.number || coalesce(' part ' || la.part, '')";
    }
}
