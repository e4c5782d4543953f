package org.kartoteka.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kartoteka.common.ETags;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.Keyset.SortKey;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.ProblemException;
import org.kartoteka.source.CitationRules;
import org.kartoteka.metric.Metric;
import org.kartoteka.metric.MetricKind;
import org.kartoteka.metric.MetricService;
import java.time.Instant;
import org.kartoteka.asknownon.PastEntities;

/** Creates, reads, changes and deletes observations; the metric's kind decides which dates apply. */
@ApplicationScoped
public class ObservationService {

    private static final List<SortKey<Observation>> SORT_KEYS = List.of(
            SortKey.date("date", "e.coversLatest", o -> o.coversLatest),
            SortKey.instant("createdAt", "e.createdAt", o -> o.createdAt),
            SortKey.instant("updatedAt", "e.updatedAt", o -> o.updatedAt));

    @Inject
    PastEntities pastEntities;

    @Inject
    MetricService metrics;

    @Inject
    CitationRules citationRules;

    @Transactional
    public Observation create(ObservationInput input) {
        Observation observation = new Observation();
        copy(input, observation);
        observation.persistAndFlush();
        return observation;
    }

    /** As {@link #get(UUID)}; with {@code asKnownOn}, as it stood then. */
    public Observation get(UUID id, Instant asKnownOn) {
        return asKnownOn == null ? get(id) : pastEntities.require(Observation.class, "observation", id, asKnownOn, record -> true);
    }

    public Observation get(UUID id) {
        Observation observation = Observation.findById(id);
        if (observation == null) {
            throw ProblemException.notFound("observation", id);
        }
        return observation;
    }

    public Page<Observation> list(ObservationFilter filter, PageRequest page) {
        Keyset<Observation> query = new Keyset<>(Observation.class, "date", SORT_KEYS);
        filter.applyTo(query);
        return query.page(Observation.getEntityManager(), page);
    }

    /** The observations of a metric that may speak about a day in {@code from..to}, oldest first. */
    public List<Observation> inRange(Metric metric, LocalDate from, LocalDate to) {
        return Observation.list("metric = ?1 and coversLatest >= ?2 and coversEarliest <= ?3"
                + " order by coversLatest, coversEarliest, id", metric, from, to);
    }

    @Transactional
    public Observation update(UUID id, String ifMatch, ObservationInput input) {
        Observation observation = get(id);
        ETags.requireMatch(ifMatch, observation.version);
        copy(input, observation);
        observation.flush();
        return observation;
    }

    @Transactional
    public void delete(UUID id) {
        Observation observation = get(id);
        observation.delete();
        observation.flush();
    }

    private void copy(ObservationInput input, Observation observation) {
        Metric metric = metrics.byKey("metric", input.metric());
        requireDatesOf(metric, input);
        observation.citations.clear();
        observation.citations.addAll(citationRules.require(input.citations()));
        observation.metric = metric;
        observation.value = input.value();
        observation.qualifier = input.qualifier() == null ? Qualifier.EXACT : input.qualifier();
        observation.asOf = input.asOf();
        observation.periodStart = input.periodStart();
        observation.periodEnd = input.periodEnd();
        observation.scope = input.scope();
        observation.publisher = input.publisher() == null || input.publisher().isBlank() ? null
                : input.publisher().strip();
    }

    /** A level has a date (asOf); a flow has a period (periodStart..periodEnd) whose end is not before its start. */
    static void requireDatesOf(Metric metric, ObservationInput input) {
        if (metric.kind == MetricKind.STOCK) {
            if (input.asOf() == null) {
                throw ProblemException.invalid("asOf", "'" + metric.key + "' is a STOCK (a level on a date):"
                        + " give the date of the figure in asOf");
            }
            if (input.periodStart() != null || input.periodEnd() != null) {
                throw ProblemException.invalid("periodStart", "'" + metric.key + "' is a STOCK: give asOf,"
                        + " not a period");
            }
            return;
        }
        if (input.asOf() != null) {
            throw ProblemException.invalid("asOf", "'" + metric.key + "' is a FLOW (a number over a period):"
                    + " give periodStart and periodEnd instead of asOf");
        }
        if (input.periodStart() == null || input.periodEnd() == null) {
            throw ProblemException.invalid(input.periodStart() == null ? "periodStart" : "periodEnd", "'"
                    + metric.key + "' is a FLOW: give both periodStart and periodEnd (for a year: 2021 and 2021)");
        }
        if (input.periodEnd().certainlyBefore(input.periodStart())) {
            throw ProblemException.invalid("periodEnd", "ends (" + input.periodEnd() + ") before the period starts ("
                    + input.periodStart() + ")");
        }
    }
}
