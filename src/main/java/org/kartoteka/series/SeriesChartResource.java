package org.kartoteka.series;

import static org.kartoteka.common.QueryParams.present;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kartoteka.common.ApiTags;
import org.kartoteka.common.ProblemException;
import org.kartoteka.metric.Labels;
import org.kartoteka.metric.Metric;
import org.kartoteka.metric.MetricService;
import org.kartoteka.publiccount.CountText;
import org.kartoteka.publiccount.Rendered;

/** The series as a picture for newsrooms: the same parameters as the JSON series, an SVG answer. */
@Path("/api/v1/stats/series.svg")
@Tag(name = ApiTags.STATS)
public class SeriesChartResource {

    static final String SVG = "image/svg+xml";

    @Inject
    SeriesService series;

    @Inject
    MetricService metrics;

    @GET
    @Produces(SVG)
    @Operation(summary = "A metric over time as an SVG line chart",
            description = "The computed series as a line and the reported figures as labelled points, with a title"
                    + " and a description for screen readers, in en, be or ru. Parameters as the JSON series, but one"
                    + " line: no groupBy. Strong ETag, 304 on If-None-Match.")
    @APIResponse(responseCode = "200", description = "the chart",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "the chart named in If-None-Match is still current")
    public Response chart(@BeanParam SeriesRequest request,
            @Parameter(description = "language of the title, description and axes: en (default), be or ru")
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String language = CountText.requireLang("lang", lang);
        if (present(request.groupBy)) {
            throw ProblemException.invalid("groupBy", "a chart draws one line; leave groupBy out, or use the JSON"
                    + " series for breakdowns");
        }
        Series computed = series.series(request);
        Metric metric = metrics.byKey("metric", request.metricKey());
        String label = Labels.of(metric).in(language, metric.label);
        return Rendered.of(SeriesChart.svg(computed, label, language), SVG).respond(ifNoneMatch).build();
    }
}
