package org.kartoteka.observation;

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

@Path("/api/v1/observations")
@Tag(name = ApiTags.OBSERVATIONS, description = "figures sources published, never overwritten by computed ones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObservationResource {

    @Inject
    AsKnownOn asKnownOn;

    @Inject
    ObservationService observations;

    @Inject
    History history;

    @GET
    @Operation(summary = "List observations",
            description = "Filtered (metric, publisher, from/to, ...), sorted (date, createdAt, updatedAt), cursor-paged.")
    @APIResponse(responseCode = "200", description = "a page of observations",
            content = @Content(schema = @Schema(implementation = ObservationPage.class)))
    public Page<ObservationView> list(@BeanParam ObservationFilter filter, @BeanParam PageRequest page) {
        return observations.list(filter, page).map(ObservationView::of);
    }

    @POST
    @Operation(summary = "Record an observation", description = "STOCK metrics take asOf, FLOW metrics a period.")
    @APIResponse(responseCode = "201", description = "created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = ObservationView.class)))
    public Response create(@NotNull @Valid ObservationInput body, @Context UriInfo uri) {
        Observation observation = observations.create(body);
        return Responses.created(uri, observation.id, observation.etag(), ObservationView.of(observation));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an observation")
    @APIResponse(responseCode = "200", description = "the observation, with its ETag",
            content = @Content(schema = @Schema(implementation = ObservationView.class)))
    public Response get(@PathParam("id") String id,
            @Parameter(description = AsKnownOn.RECORD_PARAMETER) @QueryParam("asKnownOn") String knownOn) {
        Instant past = asKnownOn.resolve(knownOn);
        return AsKnownOn.record(observations.get(Ids.parse(id), past), ObservationView::of, past);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an observation", description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "the updated observation, with its new ETag",
            content = @Content(schema = @Schema(implementation = ObservationView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ObservationInput body) {
        Observation observation = observations.update(Ids.parse(id), ifMatch, body);
        return Responses.ok(observation.etag(), ObservationView.of(observation));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Read the history of an observation", description = "Every write of the record and of its citations, oldest first;"
            + " signed-in callers who may read it.")
    @APIResponse(responseCode = "200", description = "the record's audit events",
            content = @Content(schema = @Schema(implementation = AuditEventView.class, type = SchemaType.ARRAY)))
    public List<AuditEventView> history(@PathParam("id") String id) {
        return history.of("observations", Ids.parse(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an observation")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") String id) {
        observations.delete(Ids.parse(id));
    }

    /** The page schema as OpenAPI shows it. */
    @Schema(name = "ObservationPage")
    record ObservationPage(java.util.List<ObservationView> items, String nextCursor) {}
}
