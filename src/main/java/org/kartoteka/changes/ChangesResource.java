package org.kartoteka.changes;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kartoteka.asknownon.AsKnownOn;
import org.kartoteka.common.ApiTags;

@Path("/api/v1/stats/changes")
@Tag(name = ApiTags.STATS)
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    @Inject
    ChangesService changes;

    @GET
    @Operation(summary = "What changed in a computed level between two days",
            description = "The value on both days and the persons who entered and left the count between them,"
                    + " each with the reason (RECOGNISED, DETAINED, RELEASED, RECOGNITION_REVOKED, RECORD_CORRECTED)"
                    + " and the record behind it; to.value - from.value = entered - left, counting those notShown"
                    + " (persons the caller may not read). Levels only: political-prisoners, detained.")
    @APIResponse(responseCode = "200", description = "the changes",
            content = @Content(schema = @Schema(implementation = Changes.class)))
    public Response get(@BeanParam ChangesRequest request) {
        Changes answer = changes.changes(request);
        return AsKnownOn.mark(Response.ok(answer), answer.asKnownOn(), false).build();
    }
}
