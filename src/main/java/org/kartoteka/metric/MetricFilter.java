package org.kartoteka.metric;

import static org.kartoteka.common.QueryParams.enumValue;
import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.ProblemException;

/** The filters of {@code GET /api/v1/metrics}. */
public class MetricFilter {

    @QueryParam("kind")
    @Parameter(description = "STOCK or FLOW")
    public String kind;

    @QueryParam("computed")
    @Parameter(description = "true or false")
    public String computed;

    @QueryParam("publicFigure")
    @Parameter(description = "COMPUTED or REPORTED")
    public String publicFigure;

    @QueryParam("publisher")
    @Parameter(description = "exact publisher of the public figure, any case")
    public String publisher;

    void applyTo(Keyset<Metric> query) {
        if (present(kind)) {
            query.where("e.kind = :kind", "kind", enumValue("kind", kind, MetricKind.class));
        }
        if (present(computed)) {
            query.where("e.computed = :computed", "computed", bool(computed));
        }
        if (present(publicFigure)) {
            query.where("e.publicFigure = :figure", "figure", enumValue("publicFigure", publicFigure, PublicFigure.class));
        }
        if (present(publisher)) {
            query.where("lower(e.publisher) = :publisher", "publisher", publisher.strip().toLowerCase(Locale.ROOT));
        }
    }

    private static boolean bool(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid("computed", "'" + value + "' is not true or false");
        };
    }
}
