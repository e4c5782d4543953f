package org.kartoteka.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kartoteka.asknownon.AsKnownOn;
import org.kartoteka.asknownon.PastRecords;
import org.kartoteka.common.ProblemException;
import org.kartoteka.metric.MetricKind;
import org.kartoteka.metric.MetricService;
import org.kartoteka.security.Caller;
import org.kartoteka.series.SeriesQuery;

/**
 * Who makes up a computed figure: the persons and records behind the rows the series sums
 * ({@link SeriesQuery#dayRecords}, {@link SeriesQuery#flowRecords}), so that the total is the
 * series value. One statement per page: totals, the page of shown persons and their records. A
 * level's day of the records as they are is read from the stored level ranges
 * ({@link StoredDayMembers}); otherwise every counted person's records are built and the persons'
 * visibility is joined once for all of them.
 */
@ApplicationScoped
public class MembersService {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MetricService metrics;

    @Inject
    AsKnownOn asKnownOn;

    public Members members(MembersRequest request) {
        String key = computedMetric(request.metricKey());
        boolean level = SeriesQuery.kindOf(key) == MetricKind.STOCK;
        LocalDate from = level ? request.day() : request.periodStart();
        LocalDate to = level ? from : request.periodEnd();
        Instant past = asKnownOn.resolve(request.asKnownOn);
        int limit = request.limit();
        List<Object[]> rows = level && past == null && SeriesQuery.storesRanges(key)
                ? storedPage(key, to, request.after(), limit)
                : page(live(key, level, past), level ? null : from, to, request.after(), limit, past);
        long total = Rows.number(rows.get(0)[0]);
        long shown = Rows.number(rows.get(0)[1]);
        Map<UUID, Member> persons = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (row[2] != null) {
                persons.computeIfAbsent((UUID) row[2], id -> new Member(id, (String) row[3], new ArrayList<>()))
                        .records().add(CountedRecord.of(row, 4, level));
            }
        }
        List<Member> items = new ArrayList<>(persons.values());
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            next = MembersRequest.cursorAfter(items.get(limit - 1).personId());
        }
        return new Members(key, level ? from : null, level ? null : from, level ? null : to, past, total,
                total - shown, List.copyOf(items), next);
    }

    /** The key of a metric the service computes, else a 422 naming the parameter. */
    public String computedMetric(String key) {
        String found = metrics.byKey("metric", key).key;
        if (!SeriesQuery.computes(found)) {
            throw ProblemException.invalid("metric", "'" + found + "' is not computed from the records, so no"
                    + " persons make it up; computed metrics: " + String.join(", ", SeriesQuery.COMPUTED_KEYS));
        }
        return found;
    }

    /**
     * A flow, or a figure as known on a past instant: every counted person's records
     * ({@link SeriesQuery#dayRecords}, {@link SeriesQuery#flowRecords}) and their visibility.
     */
    private static String live(String key, boolean level, Instant past) {
        String tables = past == null ? null : PastRecords.tables();
        return (level ? SeriesQuery.dayRecords(key, tables) : SeriesQuery.flowRecords(key, tables))
                + ", members as (select m.person_id, " + ShownPersons.visibility("m.person_id", "v.visibility") + " as visibility"
                + " from (select distinct person_id from counted) m left join public.person v on v.id = m.person_id)"
                + ", shown as (select person_id from members where visibility in (:visible))"
                + " select c.total, c.shown, pg.person_id, pg.name, r.record_type, r.record_id, r.kind, r.dated,"
                + " r.ended, r.counts_from, r.counts_until"
                + " from (select (select count(*) from members) as total, (select count(*) from shown) as shown) c"
                + " left join (select s.person_id, " + ShownPersons.name("s.person_id", past != null)
                + " as name from shown s where s.person_id > :after order by s.person_id limit :rows) pg on true"
                + " left join counted r on r.person_id = pg.person_id"
                + " order by pg.person_id, r.counts_from, r.record_type, r.record_id";
    }

    /** A level's day of the records as they are, from the stored level ranges ({@link StoredDayMembers}). */
    @SuppressWarnings("unchecked")
    private List<Object[]> storedPage(String key, LocalDate day, UUID after, int limit) {
        return em.createNativeQuery(StoredDayMembers.sql(key, day))
                .setParameter("after", after)
                .setParameter("rows", limit + 1)
                .setParameter("visible", ShownPersons.visible(caller))
                .getResultList();
    }

    /** One page; {@code from} is null for a level, whose statement reads the day {@code :to} only. */
    @SuppressWarnings("unchecked")
    private List<Object[]> page(String sql, LocalDate from, LocalDate to, UUID after, int limit, Instant past) {
        Query query = AsKnownOn.bind(em.createNativeQuery(sql), past).setParameter("to", to);
        if (from != null) {
            query.setParameter("from", from);
        }
        return query
                .setParameter("after", after)
                .setParameter("rows", limit + 1)
                .setParameter("visible", ShownPersons.visible(caller))
                .getResultList();
    }
}
