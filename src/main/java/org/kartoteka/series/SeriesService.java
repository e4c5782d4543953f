package org.kartoteka.series;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kartoteka.asknownon.AsKnownOn;
import org.kartoteka.asknownon.PastRecords;
import org.kartoteka.security.Caller;
import org.kartoteka.security.Role;
import org.kartoteka.metric.Metric;
import org.kartoteka.metric.MetricService;
import org.kartoteka.observation.ObservationService;
import org.kartoteka.observation.ObservationView;

/** Computes series from the records (in PostgreSQL, see {@link SeriesQuery}) and sets them beside the observations. */
@ApplicationScoped
public class SeriesService {

    /** Anonymous breakdowns hide cells smaller than this, so that no cell singles out a person. */
    static final int SMALLEST_PUBLIC_CELL = 3;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MetricService metrics;

    @Inject
    ObservationService observations;

    public Series series(SeriesRequest request) {
        return series(request, null);
    }

    /**
     * The series as the records stood at {@code asKnownOn} (null: as they are), beside the
     * observations recorded by then.
     */
    public Series series(SeriesRequest request, Instant asKnownOn) {
        Metric metric = metrics.byKey("metric", request.metricKey());
        List<ObservationView> reported = observations.inRange(metric, request.from(), request.to()).stream()
                .filter(o -> asKnownOn == null || !o.createdAt.isAfter(asKnownOn))
                .map(ObservationView::of).toList();
        String groupBy = request.groupBy() == null ? null : request.groupBy().param();
        if (!metric.computed) {
            return new Series(metric.key, request.interval(), request.from(), request.to(), groupBy,
                    request.groupBy() == null ? List.of() : null, request.groupBy() == null ? null : List.of(), reported);
        }
        Map<String, List<Series.Point>> byGroup = compute(metric.key, request, asKnownOn);
        if (request.groupBy() == null) {
            return new Series(metric.key, request.interval(), request.from(), request.to(), null,
                    byGroup.getOrDefault("", List.of()), null, reported);
        }
        List<Series.Group> groups = new ArrayList<>();
        byGroup.forEach((group, points) -> groups.add(new Series.Group(group.isEmpty() ? null : group, points)));
        return new Series(metric.key, request.interval(), request.from(), request.to(), groupBy, null, groups, reported);
    }

    /** The value of a computed metric on one day (STOCK) or over that day (FLOW). */
    public long valueOn(String metricKey, LocalDate day) {
        List<Object[]> rows = run(SeriesQuery.sql(metricKey, Interval.DAY, null), day, day, null);
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)[3]).longValue();
    }

    /** The value of a computed metric on one day as the records stood at an instant. */
    public long valueOn(String metricKey, LocalDate day, Instant asKnownOn) {
        List<Object[]> rows = run(SeriesQuery.sql(metricKey, Interval.DAY, null, PastRecords.tables()), day, day,
                asKnownOn);
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)[3]).longValue();
    }

    private Map<String, List<Series.Point>> compute(String key, SeriesRequest request, Instant asKnownOn) {
        String pastRecords = asKnownOn == null ? null : PastRecords.tables();
        List<Object[]> rows = run(SeriesQuery.sql(key, request.interval(), request.groupBy(), pastRecords),
                request.from(), request.to(), asKnownOn);
        boolean suppress = request.groupBy() != null && caller.role() == Role.ANONYMOUS;
        Map<String, List<Series.Point>> byGroup = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long value = ((Number) row[3]).longValue();
            Boolean suppressed = request.groupBy() == null ? null : suppress && value < SMALLEST_PUBLIC_CELL;
            Series.Point point = new Series.Point(day(row[0]), day(row[1]),
                    Boolean.TRUE.equals(suppressed) ? null : value, suppressed);
            byGroup.computeIfAbsent((String) row[2], g -> new ArrayList<>()).add(point);
        }
        return byGroup;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> run(String sql, LocalDate from, LocalDate to, Instant asKnownOn) {
        return AsKnownOn.bind(em.createNativeQuery(sql), asKnownOn)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
