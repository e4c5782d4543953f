package org.kartoteka.observation;

import static org.kartoteka.common.QueryParams.enumValue;
import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.QueryParams;

/** The filters of {@code GET /api/v1/observations}. */
public class ObservationFilter {

    @QueryParam("metric")
    @Parameter(description = "the metric's key", example = "political-prisoners")
    public String metric;

    @QueryParam("publisher")
    @Parameter(description = "exact publisher, any case")
    public String publisher;

    @QueryParam("qualifier")
    @Parameter(description = "EXACT, AT_LEAST, MORE_THAN, NEARLY, ABOUT or AT_MOST")
    public String qualifier;

    @QueryParam("scope")
    @Parameter(description = "country code, e.g. BY")
    public String scope;

    @QueryParam("from")
    @Parameter(description = "figures that may speak about a day on or after this (year, month or day)")
    public String from;

    @QueryParam("to")
    @Parameter(description = "figures that may speak about a day on or before this (year, month or day)")
    public String to;

    void applyTo(Keyset<Observation> query) {
        if (present(metric)) {
            query.where("e.metric.key = :metric", "metric", metric.strip());
        }
        if (present(publisher)) {
            query.where("lower(e.publisher) = :publisher", "publisher", publisher.strip().toLowerCase(Locale.ROOT));
        }
        if (present(qualifier)) {
            query.where("e.qualifier = :qualifier", "qualifier", enumValue("qualifier", qualifier, Qualifier.class));
        }
        if (present(scope)) {
            query.where("e.scope = :scope", "scope", scope.strip().toUpperCase(Locale.ROOT));
        }
        QueryParams.dateRange(query, "covers", from, to);
    }
}
