package org.kartoteka.casefile;

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

@Path("/api/v1/cases")
@Tag(name = ApiTags.CASES, description = "prosecutions of persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    AsKnownOn asKnownOn;

    @Inject
    CaseService cases;

    @Inject
    History history;

    @GET
    @Operation(summary = "List cases", description = "Filtered, sorted (createdAt, updatedAt), cursor-paged.")
    @APIResponse(responseCode = "200", description = "a page of cases",
            content = @Content(schema = @Schema(implementation = CasePage.class)))
    public Page<CaseView> list(@BeanParam CaseFilter filter, @BeanParam PageRequest page) {
        return cases.list(filter, page).map(CaseView::of);
    }

    @POST
    @Operation(summary = "Create a case")
    @APIResponse(responseCode = "201", description = "created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response create(@NotNull @Valid CaseInput body, @Context UriInfo uri) {
        CaseFile caseFile = cases.create(body);
        return Responses.created(uri, caseFile.id, caseFile.etag(), CaseView.of(caseFile));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a case")
    @APIResponse(responseCode = "200", description = "the case, with its ETag",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response get(@PathParam("id") String id,
            @Parameter(description = AsKnownOn.RECORD_PARAMETER) @QueryParam("asKnownOn") String knownOn) {
        Instant past = asKnownOn.resolve(knownOn);
        return AsKnownOn.record(cases.get(Ids.parse(id), past), CaseView::of, past);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a case", description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "the updated case, with its new ETag",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseInput body) {
        CaseFile caseFile = cases.update(Ids.parse(id), ifMatch, body);
        return Responses.ok(caseFile.etag(), CaseView.of(caseFile));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Read the history of a case", description = "Every write of the record and of its"
            + " citations, oldest first; signed-in callers who may read the record.")
    @APIResponse(responseCode = "200", description = "the record's audit events",
            content = @Content(schema = @Schema(implementation = AuditEventView.class, type = SchemaType.ARRAY)))
    public List<AuditEventView> history(@PathParam("id") String id) {
        return history.of("cases", Ids.parse(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a case", description = "Refused with 409 while a charge, trial or detention references it.")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") String id) {
        cases.delete(Ids.parse(id));
    }

    /** The page schema as OpenAPI shows it. */
    @Schema(name = "CasePage")
    record CasePage(List<CaseView> items, String nextCursor) {}
}
