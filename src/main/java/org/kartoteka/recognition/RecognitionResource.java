package org.kartoteka.recognition;

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

@Path("/api/v1/recognitions")
@Tag(name = ApiTags.RECOGNITIONS, description = "persons declared political prisoners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecognitionResource {

    @Inject
    AsKnownOn asKnownOn;

    @Inject
    RecognitionService recognitions;

    @Inject
    History history;

    @GET
    @Operation(summary = "List recognitions", description = "Filtered, sorted (createdAt, updatedAt), cursor-paged.")
    @APIResponse(responseCode = "200", description = "a page of recognitions",
            content = @Content(schema = @Schema(implementation = RecognitionPage.class)))
    public Page<RecognitionView> list(@BeanParam RecognitionFilter filter, @BeanParam PageRequest page) {
        return recognitions.list(filter, page).map(RecognitionView::of);
    }

    @POST
    @Operation(summary = "Create a recognition")
    @APIResponse(responseCode = "201", description = "created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = RecognitionView.class)))
    public Response create(@NotNull @Valid RecognitionInput body, @Context UriInfo uri) {
        Recognition recognition = recognitions.create(body);
        return Responses.created(uri, recognition.id, recognition.etag(), RecognitionView.of(recognition));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a recognition")
    @APIResponse(responseCode = "200", description = "the recognition, with its ETag",
            content = @Content(schema = @Schema(implementation = RecognitionView.class)))
    public Response get(@PathParam("id") String id,
            @Parameter(description = AsKnownOn.RECORD_PARAMETER) @QueryParam("asKnownOn") String knownOn) {
        Instant past = asKnownOn.resolve(knownOn);
        return AsKnownOn.record(recognitions.get(Ids.parse(id), past), RecognitionView::of, past);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a recognition", description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "the updated recognition, with its new ETag",
            content = @Content(schema = @Schema(implementation = RecognitionView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RecognitionInput body) {
        Recognition recognition = recognitions.update(Ids.parse(id), ifMatch, body);
        return Responses.ok(recognition.etag(), RecognitionView.of(recognition));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Read the history of a recognition", description = "Every write of the record and of its"
            + " citations, oldest first; signed-in callers who may read the record.")
    @APIResponse(responseCode = "200", description = "the record's audit events",
            content = @Content(schema = @Schema(implementation = AuditEventView.class, type = SchemaType.ARRAY)))
    public List<AuditEventView> history(@PathParam("id") String id) {
        return history.of("recognitions", Ids.parse(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a recognition")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") String id) {
        recognitions.delete(Ids.parse(id));
    }

    /** The page schema as OpenAPI shows it. */
    @Schema(name = "RecognitionPage")
    record RecognitionPage(List<RecognitionView> items, String nextCursor) {}
}
