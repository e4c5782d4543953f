package org.kartoteka.series;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Metric metric = metrics.byKey("metric", request.metricKey());
        List<ObservationView> reported = observations.inRange(metric, request.from(), request.to()).stream()
                .map(ObservationView::of).toList();
        String groupBy = request.groupBy() == null ? null : request.groupBy().param();
        if (!metric.computed) {
            return new Series(metric.key, request.interval(), request.from(), request.to(), groupBy,
                    request.groupBy() == null ? List.of() : null, request.groupBy() == null ? null : List.of(), reported);
        }
        Map<String, List<Series.Point>> byGroup = compute(metric.key, request);
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
        List<Object[]> rows = run(SeriesQuery.sql(metricKey, Interval.DAY, null), day, day);
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)[3]).longValue();
    }

    private Map<String, List<Series.Point>> compute(String key, SeriesRequest request) {
        List<Object[]> rows = run(SeriesQuery.sql(key, request.interval(), request.groupBy()), request.from(),
                request.to());
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
    private List<Object[]> run(String sql, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
