package org.kartoteka.members;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kartoteka.asknownon.AsKnownOn;
import org.kartoteka.common.ApiTags;

@Path("/api/v1/stats/members")
@Tag(name = ApiTags.STATS)
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    MembersService members;

    @GET
    @Operation(summary = "Who makes up a computed figure",
            description = "The persons a computed metric counts on a day (levels: date=) or over a period (flows:"
                    + " from= and to=), each with the records that put them there and their dates as the counting"
                    + " rules read them (docs/counting.md). total is the series value; persons the caller may not"
                    + " read are only counted, in notShown (anonymous callers: PUBLIC persons only). Paged by"
                    + " person id; CSV with Accept: text/csv (auditor and admin). With asKnownOn, the answer as the"
                    + " records stood at that instant.")
    @APIResponse(responseCode = "200", description = "the members",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Members.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                            description = "With Accept: text/csv (auditor and admin): one row a member"))})
    public Response get(@BeanParam MembersRequest request) {
        Members answer = members.members(request);
        return AsKnownOn.mark(Response.ok(answer), answer.asKnownOn(), false).build();
    }
}
