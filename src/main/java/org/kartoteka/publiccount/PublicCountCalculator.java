package org.kartoteka.publiccount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kartoteka.common.Citation;
import org.kartoteka.common.Visibility;
import org.kartoteka.source.Source;
import org.kartoteka.metric.Labels;
import org.kartoteka.metric.Metric;
import org.kartoteka.metric.PublicFigure;
import org.kartoteka.observation.Observation;
import org.kartoteka.observation.Qualifier;
import org.kartoteka.series.SeriesQuery;
import org.kartoteka.series.SeriesService;

/**
 * Works out the public figure of a metric (DESIGN.md section 5): COMPUTED is today's value from the
 * records, read conservatively and so qualified AT_LEAST; REPORTED is the latest observation (the one
 * speaking of the latest day), of the metric's publisher when it names one.
 */
@ApplicationScoped
public class PublicCountCalculator {

    @Inject
    SeriesService series;

    @ConfigProperty(name = "kartoteka.public.publisher", defaultValue = "Kartoteka")
    String instancePublisher;

    PublicCount of(Metric metric) {
        if (metric.publicFigure == PublicFigure.COMPUTED && SeriesQuery.computes(metric.key)) {
            return computed(metric);
        }
        return latestObservation(metric, null).map(o -> reported(metric, o)).orElseGet(() -> empty(metric));
    }

    /**
     * The public figure as it stood at an instant: a computed one from the records as they stood
     * then, on that instant's day (UTC); a reported one from the observations recorded by then.
     * The metric's own settings (publicFigure, publisher) are today's.
     */
    PublicCount asKnownOn(Metric metric, Instant asKnownOn) {
        if (metric.publicFigure == PublicFigure.COMPUTED && SeriesQuery.computes(metric.key)) {
            LocalDate day = LocalDate.ofInstant(asKnownOn, ZoneOffset.UTC);
            return computed(metric, day, series.valueOn(metric.key, day, asKnownOn));
        }
        return latestObservation(metric, asKnownOn).map(o -> reported(metric, o)).orElseGet(() -> empty(metric));
    }

    private PublicCount computed(Metric metric) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return computed(metric, today, series.valueOn(metric.key, today));
    }

    private PublicCount computed(Metric metric, LocalDate today, long value) {
        return new PublicCount(metric.key, metric.label, Labels.of(metric), metric.kind, metric.unit,
                BigDecimal.valueOf(value), today.toString(), Qualifier.AT_LEAST, true,
                new CountSource("Records of " + instancePublisher, instancePublisher, null, today.toString()));
    }

    private static PublicCount reported(Metric metric, Observation o) {
        String asOf = String.valueOf(o.asOf != null ? o.asOf : o.periodEnd);
        return new PublicCount(metric.key, metric.label, Labels.of(metric), metric.kind, metric.unit, o.value, asOf,
                o.qualifier, false, sourceOf(o));
    }

    private static PublicCount empty(Metric metric) {
        return new PublicCount(metric.key, metric.label, Labels.of(metric), metric.kind, metric.unit, null, null, null,
                metric.publicFigure == PublicFigure.COMPUTED, null);
    }

    /** The latest observation of the metric (of its publisher, if it names one), recorded by an instant if given. */
    private static Optional<Observation> latestObservation(Metric metric, Instant recordedBy) {
        Parameters parameters = Parameters.with("metric", metric);
        String query = "metric = :metric";
        if (metric.publisher != null) {
            query += " and lower(publisher) = lower(:publisher)";
            parameters.and("publisher", metric.publisher);
        }
        if (recordedBy != null) {
            query += " and createdAt <= :recordedBy";
            parameters.and("recordedBy", recordedBy);
        }
        return Observation.find(query + " order by coversLatest desc, coversEarliest desc, createdAt desc",
                parameters).firstResultOptional();
    }

    /** The first cited source; a RESTRICTED one is named only by the observation's publisher. */
    private static CountSource sourceOf(Observation o) {
        Citation first = o.citations.isEmpty() ? null : o.citations.get(0);
        Source source = first == null ? null : Source.findById(first.sourceId);
        if (source == null || source.visibility != Visibility.PUBLIC) {
            return new CountSource(null, o.publisher, null, null);
        }
        return new CountSource(source.title, o.publisher != null ? o.publisher : source.publisher, source.url,
                source.publishedOn == null ? null : source.publishedOn.toString());
    }
}
