package org.kartoteka.series;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kartoteka.asknownon.AsKnownOn;
import org.kartoteka.common.ApiTags;
import org.kartoteka.publiccount.PublicHeaders;

@Path("/api/v1/stats/series")
@Tag(name = ApiTags.STATS, description = "counts over time, computed from the records beside the published figures")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

    @Inject
    SeriesService series;

    @Inject
    AsKnownOn asKnownOn;

    @GET
    @Operation(summary = "A metric over time",
            description = "Computed points (rules in docs/counting.md: a STOCK value is the level on the last day of"
                    + " each interval, a FLOW value counts persons over the interval) and the observations in range."
                    + " Anonymous breakdowns hide cells smaller than 3. With asKnownOn, the series as the records"
                    + " stood at that instant (header Kartoteka-As-Known-On; cacheable for long).")
    @APIResponse(responseCode = "200", description = "the series",
            content = @Content(schema = @Schema(implementation = Series.class)))
    public Response get(@BeanParam SeriesRequest request) {
        Instant past = asKnownOn.resolve(request.asKnownOn);
        return AsKnownOn.mark(PublicHeaders.cors(Response.ok(series.series(request, past))), past, true).build();
    }
}
