package org.kartoteka.publiccount;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kartoteka.asknownon.AsKnownOn;
import org.kartoteka.common.ApiTags;

/**
 * The figure an instance stands behind, for newsroom pages: answered on the event loop from
 * memory ({@link PublicCounts}), cacheable, readable from any origin.
 */
@Path("/api/v1/public/counts")
@Tag(name = ApiTags.PUBLIC, description = "anonymous, cacheable counts for sites that show them")
public class PublicCountResource {

    @Inject
    PublicCounts counts;

    @Inject
    AsKnownOn asKnownOn;

    @GET
    @Path("{metric}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public count of a metric",
            description = "COMPUTED: today's value from the records; REPORTED: the latest observation. Strong ETag,"
                    + " 304 on If-None-Match, Cache-Control: public, max-age=30, stale-while-revalidate=60;"
                    + " changes within seconds of a write. Anonymous requests are answered from memory ahead of this"
                    + " operation (PublicCountRoute). With asKnownOn: the figure as it stood at that instant (computed"
                    + " from the records as they stood then, or the latest observation recorded by then), with the"
                    + " header Kartoteka-As-Known-On; this one reads the database.")
    @APIResponse(responseCode = "200", description = "the count",
            content = @Content(schema = @Schema(implementation = PublicCount.class)))
    @APIResponse(responseCode = "304", description = "the count named in If-None-Match is still current")
    @APIResponse(responseCode = "503", description = "asKnownOn only: the database cannot be reached just now; retry"
            + " after the seconds Retry-After names")
    public Response get(@PathParam("metric") String metric,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @QueryParam("asKnownOn") @Parameter(description = "the count as it stood at this instant (RFC 3339; a"
                    + " date means the end of that day in UTC)") String knownOn) {
        Instant past = asKnownOn.resolve(knownOn);
        if (past != null) {
            return AsKnownOn.mark(PublicHeaders.cors(Response.ok(counts.countAsKnownOn(metric, past))), past, true)
                    .build();
        }
        return counts.count(metric).respond(ifNoneMatch).build();
    }
}
