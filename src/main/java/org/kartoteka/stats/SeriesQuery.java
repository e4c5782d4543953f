package org.kartoteka.stats;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kartoteka.common.ProblemException;

/**
 * The SQL that computes a series from the records, one statement per request, entirely in
 * PostgreSQL. docs/counting.md states the rules in prose; this class is their only implementation.
 *
 * <p><b>Levels (STOCK).</b> Each record that can make a person count becomes a half-open day range
 * {@code [s, e)} in which it <em>certainly</em> holds: a detention from its latest possible start
 * to its earliest possible end ({@code e} is {@code infinity} while it lasts), a recognition from
 * its latest possible date to the earliest possible revocation. For political prisoners the two are
 * intersected per person. The ranges of one person (and group) are merged into islands, so that a
 * person counts once however many records cover a day; the level on day D is then a running sum
 * of +1 at each island start and -1 at each island end, read at the last day of every interval.
 *
 * <p><b>Numbers over a period (FLOW).</b> Each event is placed on the day the matching level
 * changes (new detentions on an island's start, releases on its end, recognitions on the latest
 * possible recognition day, convictions on the latest possible verdict day) and counted once per
 * person per interval.
 */
final class SeriesQuery {

    static final List<String> COMPUTED_KEYS = List.of("political-prisoners", "detained", "new-detentions",
            "releases", "recognitions", "convictions");

    /** Detention kinds that make a recognised person a political prisoner (DESIGN.md section 3). */
    static final String PRISONER_KINDS = "'PRETRIAL', 'SENTENCE', 'OPEN_FACILITY', 'HOUSE_ARREST', 'PSYCHIATRIC'";

    private static final String INFINITY = "cast('infinity' as date)";
    private static final String DETENTION_END = "case when d.ended_on is null then " + INFINITY
            + " else d.ended_earliest end";
    private static final String RECOGNITION_END = "case when r.revoked_on is null then " + INFINITY
            + " else r.revoked_earliest end";

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

    private SeriesQuery() {}

    static boolean computes(String key) {
        return COMPUTED_KEYS.contains(key);
    }

    static MetricKind kindOf(String key) {
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
        if (groupBy != null && !groupings(key).contains(groupBy)) {
            throw ProblemException.invalid("groupBy", "'" + key + "' cannot be broken down by " + groupBy.param()
                    + "; it offers " + groupings(key).stream().map(GroupBy::param).sorted()
                            .collect(Collectors.joining(", ")));
        }
        String head = "with buckets as (" + buckets(interval) + ")";
        return switch (key) {
            case "political-prisoners" -> head + ", presence as (" + prisoners(groupBy) + ")" + islands(true) + level();
            case "detained" -> head + ", presence as (" + detained(groupBy) + ")" + islands(true) + level();
            case "new-detentions" -> head + ", presence as (" + detained(groupBy) + ")" + islands(false)
                    + ", events as (select person_id, grp, s as day from islands)" + flow(interval);
            case "releases" -> head + ", presence as (" + detained(groupBy) + ")" + islands(false)
                    + ", events as (select person_id, grp, e as day from islands where e <> " + INFINITY + ")"
                    + flow(interval);
            case "recognitions" -> head + ", events as (" + recognitions(groupBy) + ")" + flow(interval);
            case "convictions" -> head + ", events as (" + convictions(groupBy) + ")" + flow(interval);
            default -> throw new IllegalArgumentException("not a computed metric: " + key);
        };
    }

    /** One row per interval: its first and last counted day, clipped to from..to. */
    private static String buckets(Interval interval) {
        String step = "cast('1 " + interval.unit() + "' as interval)";
        return "select greatest(cast(b as date), cast(:from as date)) as start_day,"
                + " least(cast(b + " + step + " - cast('1 day' as interval) as date), cast(:to as date)) as end_day"
                + " from generate_series(date_trunc('" + interval.unit() + "', cast(:from as timestamp)),"
                + " cast(:to as timestamp), " + step + ") as b";
    }

    private static String detained(GroupBy groupBy) {
        return "select d.person_id, " + group(DETENTION_GROUPS, groupBy) + " as grp, d.started_latest as s, "
                + DETENTION_END + " as e from detention d join person p on p.id = d.person_id"
                + detentionJoins(groupBy) + " where d.kind <> 'ADMINISTRATIVE_ARREST'";
    }

    private static String prisoners(GroupBy groupBy) {
        return "select d.person_id, " + group(DETENTION_GROUPS, groupBy) + " as grp,"
                + " greatest(d.started_latest, r.recognized_latest) as s,"
                + " least(" + DETENTION_END + ", " + RECOGNITION_END + ") as e"
                + " from detention d join recognition r on r.person_id = d.person_id"
                + " join person p on p.id = d.person_id" + detentionJoins(groupBy)
                + " where d.kind in (" + PRISONER_KINDS + ") and r.recognized_latest is not null";
    }

    private static String recognitions(GroupBy groupBy) {
        String joins = groupBy == GroupBy.ARTICLE ? " left join case_file c on c.person_id = r.person_id"
                + " left join charge ch on ch.case_id = c.id left join legal_article la on la.id = ch.article_id" : "";
        return "select r.person_id, " + group(PERSON_GROUPS, groupBy) + " as grp, r.recognized_latest as day"
                + " from recognition r join person p on p.id = r.person_id" + joins
                + " where r.recognized_latest between :from and :to";
    }

    private static String convictions(GroupBy groupBy) {
        String joins = groupBy == GroupBy.ARTICLE ? " left join charge ch on ch.case_id = t.case_id"
                + " left join legal_article la on la.id = ch.article_id" : "";
        return "select c.person_id, " + group(TRIAL_GROUPS, groupBy) + " as grp, t.verdict_latest as day"
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
     * Merges the ranges of each person (and group) into islands of continuous presence. A level
     * may drop ranges that ended before {@code from}; new detentions and releases need the whole
     * history, or a range cut off at {@code from} would look like a new start.
     */
    private static String islands(boolean level) {
        String window = " over (partition by person_id, grp order by s, e rows between unbounded preceding and 1 preceding)";
        return ", ranges as (select person_id, grp, s, e from presence where s < e and s <= :to"
                + (level ? " and e > :from" : "") + ")"
                + ", marked as (select person_id, grp, s, e, case when s <= max(e)" + window
                + " then 0 else 1 end as opens from ranges)"
                + ", numbered as (select person_id, grp, s, e, sum(opens) over (partition by person_id, grp"
                + " order by s, e rows unbounded preceding) as island from marked)"
                + ", islands as (select person_id, grp, min(s) as s, max(e) as e from numbered"
                + " group by person_id, grp, island)";
    }

    /** The running sum of island starts and ends, read at the last day of every interval. */
    private static String level() {
        return ", grps as (select distinct grp from islands union select '' where not exists (select 1 from islands))"
                + ", deltas as (select grp, s as day, 1 as delta, false as marker from islands"
                + " union all select grp, e, -1, false from islands where e <> " + INFINITY
                + " union all select g.grp, b.end_day, 0, true from buckets b cross join grps g)"
                + ", running as (select grp, day, marker, sum(delta) over (partition by grp order by day) as level"
                + " from deltas)"
                + " select b.start_day, b.end_day, r.grp, r.level as value from buckets b"
                + " join (select distinct grp, day, level from running where marker) r on r.day = b.end_day"
                + " order by r.grp, b.start_day";
    }

    /** Distinct persons per interval and group. */
    private static String flow(Interval interval) {
        return ", counted as (select greatest(cast(date_trunc('" + interval.unit() + "', day) as date),"
                + " cast(:from as date)) as start_day, grp, count(distinct person_id) as n from events"
                + " where day between :from and :to group by 1, 2)"
                + ", grps as (select distinct grp from counted union select '' where not exists (select 1 from counted))"
                + " select b.start_day, b.end_day, g.grp, coalesce(c.n, 0) as value"
                + " from buckets b cross join grps g"
                + " left join counted c on c.start_day = b.start_day and c.grp = g.grp"
                + " order by g.grp, b.start_day";
    }

    private static String group(Map<GroupBy, String> expressions, GroupBy groupBy) {
        return groupBy == null ? "''" : expressions.get(groupBy);
    }

    private static String article() {
        return "la.code || ' ' || la.number || coalesce(' part ' || la.part, '')";
    }
}
