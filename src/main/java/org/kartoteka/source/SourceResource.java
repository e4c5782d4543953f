package org.kartoteka.source;

import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.kartoteka.audit.History;
import org.kartoteka.audit.AuditEventView;
import java.util.List;
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

@Path("/api/v1/sources")
@Tag(name = ApiTags.SOURCES, description = "documents facts come from")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceResource {

    @Inject
    AsKnownOn asKnownOn;

    @Inject
    SourceService sources;

    @Inject
    History history;

    @GET
    @Operation(summary = "List sources", description = "Filtered, sorted (title, createdAt, updatedAt), cursor-paged.")
    @APIResponse(responseCode = "200", description = "a page of sources",
            content = @Content(schema = @Schema(implementation = SourcePage.class)))
    public Page<SourceView> list(@BeanParam SourceFilter filter, @BeanParam PageRequest page) {
        return sources.list(filter, page).map(SourceView::of);
    }

    @POST
    @Operation(summary = "Create a source")
    @APIResponse(responseCode = "201", description = "created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = SourceView.class)))
    public Response create(@NotNull @Valid SourceInput body, @Context UriInfo uri) {
        Source source = sources.create(body);
        return Responses.created(uri, source.id, source.etag(), SourceView.of(source));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a source")
    @APIResponse(responseCode = "200", description = "the source, with its ETag",
            content = @Content(schema = @Schema(implementation = SourceView.class)))
    public Response get(@PathParam("id") String id,
            @Parameter(description = AsKnownOn.RECORD_PARAMETER) @QueryParam("asKnownOn") String knownOn) {
        Instant past = asKnownOn.resolve(knownOn);
        return AsKnownOn.record(sources.get(Ids.parse(id), past), SourceView::of, past);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a source", description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "the updated source, with its new ETag",
            content = @Content(schema = @Schema(implementation = SourceView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SourceInput body) {
        Source source = sources.update(Ids.parse(id), ifMatch, body);
        return Responses.ok(source.etag(), SourceView.of(source));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Read the history of a source", description = "Every write of the record and of its child"
            + " rows (citations, names, external ids), oldest first; signed-in callers who may read the record.")
    @APIResponse(responseCode = "200", description = "the record's audit events",
            content = @Content(schema = @Schema(implementation = AuditEventView.class, type = SchemaType.ARRAY)))
    public List<AuditEventView> history(@PathParam("id") String id) {
        return history.of("sources", Ids.parse(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a source", description = "Refused with 409 while a fact cites it.")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") String id) {
        sources.delete(Ids.parse(id));
    }

    /** The page schema as OpenAPI shows it. */
    @Schema(name = "SourcePage")
    record SourcePage(java.util.List<SourceView> items, String nextCursor) {}
}
