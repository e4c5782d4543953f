package org.kartoteka.metric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kartoteka.asknownon.PastEntities;
import org.kartoteka.common.ETags;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.Keyset.SortKey;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.ProblemException;
import org.kartoteka.series.SeriesQuery;

/** Creates, reads, changes and deletes metrics. */
@ApplicationScoped
public class MetricService {

    private static final List<SortKey<Metric>> SORT_KEYS = List.of(
            SortKey.text("key", "e.key", m -> m.key),
            SortKey.instant("createdAt", "e.createdAt", m -> m.createdAt),
            SortKey.instant("updatedAt", "e.updatedAt", m -> m.updatedAt));

    @Inject
    PastEntities pastEntities;

    @Transactional
    public Metric create(MetricInput input) {
        Metric metric = new Metric();
        copy(input, metric);
        metric.persistAndFlush();
        return metric;
    }

    /** The metric with this id, or with this key when the argument is not a UUID. */
    public Metric get(String idOrKey) {
        UUID id = asUuid(idOrKey);
        Metric metric = id != null ? Metric.findById(id) : Metric.findByKey(idOrKey.strip()).orElse(null);
        if (metric == null) {
            throw ProblemException.notFound("metric", idOrKey);
        }
        return metric;
    }

    /** As {@link #get(String)}; with {@code asKnownOn}, as it stood then (a key names today's metric of that key). */
    public Metric get(String idOrKey, Instant asKnownOn) {
        if (asKnownOn == null) {
            return get(idOrKey);
        }
        UUID id = asUuid(idOrKey);
        return pastEntities.require(Metric.class, "metric", id != null ? id : get(idOrKey).id, asKnownOn,
                record -> true);
    }

    /** The metric with this key. */
    public Metric byKey(String field, String key) {
        return Metric.findByKey(key.strip()).orElseThrow(() -> ProblemException.invalid(field,
                "no metric has the key '" + key + "'; GET /api/v1/metrics lists them"));
    }

    public Page<Metric> list(MetricFilter filter, PageRequest page) {
        Keyset<Metric> query = new Keyset<>(Metric.class, "key", SORT_KEYS);
        filter.applyTo(query);
        return query.page(Metric.getEntityManager(), page);
    }

    @Transactional
    public Metric update(String idOrKey, String ifMatch, MetricInput input) {
        Metric metric = get(idOrKey);
        ETags.requireMatch(ifMatch, metric.version);
        copy(input, metric);
        metric.flush();
        return metric;
    }

    /** Deletes a metric; refused with 409 (constraint observation_metric_fkey) while observations use it. */
    @Transactional
    public void delete(String idOrKey) {
        Metric metric = get(idOrKey);
        metric.delete();
        metric.flush();
    }

    private static void copy(MetricInput input, Metric metric) {
        input.copyTo(metric);
        if (metric.computed && !SeriesQuery.computes(metric.key)) {
            throw ProblemException.invalid("computed", "the service cannot compute '" + metric.key
                    + "' from its records; it computes " + String.join(", ", SeriesQuery.COMPUTED_KEYS)
                    + " (docs/counting.md). Set computed to false and record observations instead.");
        }
        if (metric.publicFigure == PublicFigure.COMPUTED && !metric.computed) {
            throw ProblemException.invalid("publicFigure", "a metric that is not computed has no COMPUTED figure;"
                    + " use REPORTED (the latest observation)");
        }
        if (metric.computed && metric.kind != SeriesQuery.kindOf(metric.key)) {
            throw ProblemException.invalid("kind", "'" + metric.key + "' is a " + SeriesQuery.kindOf(metric.key)
                    + " when computed (docs/counting.md)");
        }
    }

    private static UUID asUuid(String value) {
        try {
            return value != null && value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
