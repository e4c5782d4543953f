package org.kartoteka.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.kartoteka.common.PartialDate;
import org.kartoteka.metric.MetricInput;
import org.kartoteka.metric.MetricService;
import org.kartoteka.observation.ObservationInput;
import org.kartoteka.observation.ObservationService;
import org.kartoteka.observation.Qualifier;

/**
 * The metrics the service computes or records, and every figure the seed documents report
 * ({@code shared/data/seed-facts.md}, "Reported figures"), each cited to its source.
 */
@ApplicationScoped
public class ObservationsSeed implements SeedSet {

    @Inject
    MetricService metrics;

    @Inject
    ObservationService observations;

    @Override
    public String name() {
        return "seed-facts-observations";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public int load(SeedLoader loader) {
        Data data = SeedLoader.read("seed-observations.json", Data.class);
        for (MetricInput metric : data.metrics()) {
            loader.remember("metric:" + metric.key(), metrics.create(loader.valid(metric, metric.key())).id);
        }
        for (SeedObservation o : data.observations()) {
            ObservationInput input = new ObservationInput(o.metric(), o.value(), o.qualifier(),
                    PartialDate.parse(o.asOf()), PartialDate.parse(o.periodStart()), PartialDate.parse(o.periodEnd()),
                    o.scope(), o.publisher(), FactsSeed.citations(loader, o.citations()));
            observations.create(loader.valid(input, o.metric() + " " + o.value()));
        }
        return data.metrics().size() + data.observations().size();
    }

    record Data(List<MetricInput> metrics, List<SeedObservation> observations) {}

    record SeedObservation(String metric, BigDecimal value, Qualifier qualifier, String asOf, String periodStart,
            String periodEnd, String scope, String publisher, List<FactsSeed.SeedCitation> citations) {}
}
