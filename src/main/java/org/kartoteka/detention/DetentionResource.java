package org.kartoteka.detention;

import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.kartoteka.audit.History;
import org.kartoteka.audit.AuditEventView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kartoteka.common.ApiTags;
import org.kartoteka.common.Ids;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.Responses;
import java.time.Instant;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.asknownon.AsKnownOn;

@Path("/api/v1/detentions")
@Tag(name = ApiTags.DETENTIONS, description = "periods of deprivation of liberty")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DetentionResource {

    @Inject
    AsKnownOn asKnownOn;

    @Inject
    DetentionService detentions;

    @Inject
    History history;

    @GET
    @Operation(summary = "List detentions", description = "Filtered, sorted (startedOn, createdAt, updatedAt), cursor-paged.")
    @APIResponse(responseCode = "200", description = "a page of detentions",
            content = @Content(schema = @Schema(implementation = DetentionPage.class)))
    public Page<DetentionView> list(@BeanParam DetentionFilter filter, @BeanParam PageRequest page) {
        return detentions.list(filter, page).map(DetentionView::of);
    }

    @POST
    @Operation(summary = "Create a detention")
    @APIResponse(responseCode = "201", description = "created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = DetentionView.class)))
    public Response create(@NotNull @Valid DetentionInput body, @Context UriInfo uri) {
        Detention detention = detentions.create(body);
        return Responses.created(uri, detention.id, detention.etag(), DetentionView.of(detention));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a detention")
    @APIResponse(responseCode = "200", description = "the detention, with its ETag",
            content = @Content(schema = @Schema(implementation = DetentionView.class)))
    public Response get(@PathParam("id") String id,
            @Parameter(description = AsKnownOn.RECORD_PARAMETER) @QueryParam("asKnownOn") String knownOn) {
        Instant past = asKnownOn.resolve(knownOn);
        return AsKnownOn.record(detentions.get(Ids.parse(id), past), DetentionView::of, past);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a detention", description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "the updated detention, with its new ETag",
            content = @Content(schema = @Schema(implementation = DetentionView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DetentionInput body) {
        Detention detention = detentions.update(Ids.parse(id), ifMatch, body);
        return Responses.ok(detention.etag(), DetentionView.of(detention));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Read the history of a detention", description = "Every write of the record and of its"
            + " citations, oldest first; signed-in callers who may read the record.")
    @APIResponse(responseCode = "200", description = "the record's audit events",
            content = @Content(schema = @Schema(implementation = AuditEventView.class, type = SchemaType.ARRAY)))
    public List<AuditEventView> history(@PathParam("id") String id) {
        return history.of("detentions", Ids.parse(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a detention")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") String id) {
        detentions.delete(Ids.parse(id));
    }

    /** The page schema as OpenAPI shows it. */
    @Schema(name = "DetentionPage")
    record DetentionPage(List<DetentionView> items, String nextCursor) {}
}
