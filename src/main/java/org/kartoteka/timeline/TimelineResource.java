package org.kartoteka.timeline;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.kartoteka.common.Ids;

@Path("/api/v1/persons/{id}/timeline")
@Tag(name = ApiTags.PERSONS)
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @Inject
    TimelineService timelines;

    @Inject
    AsKnownOn asKnownOn;

    @GET
    @Operation(summary = "A person's timeline", description = "The person's cases, charges, trials, detentions and"
            + " recognitions as dated events with their citations, ordered by the earliest day each date can be,"
            + " then the more precise date first; undated events last.")
    @APIResponse(responseCode = "200", description = "the events in date order",
            content = @Content(schema = @Schema(implementation = Timeline.class)))
    public Response get(@PathParam("id") String id,
            @Parameter(description = AsKnownOn.RECORD_PARAMETER) @QueryParam("asKnownOn") String knownOn) {
        Instant past = asKnownOn.resolve(knownOn);
        return AsKnownOn.mark(Response.ok(timelines.of(Ids.parse(id), past)), past, false).build();
    }
}
