package org.kartoteka.metric;

import jakarta.inject.Inject;
import org.kartoteka.common.Ids;
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
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.Responses;
import java.time.Instant;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.asknownon.AsKnownOn;

@Path("/api/v1/metrics")
@Tag(name = ApiTags.METRICS, description = "named series: computed counts and published figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MetricResource {

    @Inject
    AsKnownOn asKnownOn;

    @Inject
    MetricService metrics;

    @Inject
    History history;

    @GET
    @Operation(summary = "List metrics", description = "Filtered, sorted (key, createdAt, updatedAt), cursor-paged.")
    @APIResponse(responseCode = "200", description = "a page of metrics",
            content = @Content(schema = @Schema(implementation = MetricPage.class)))
    public Page<MetricView> list(@BeanParam MetricFilter filter, @BeanParam PageRequest page) {
        return metrics.list(filter, page).map(MetricView::of);
    }

    @POST
    @Operation(summary = "Create a metric")
    @APIResponse(responseCode = "201", description = "created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = MetricView.class)))
    public Response create(@NotNull @Valid MetricInput body, @Context UriInfo uri) {
        Metric metric = metrics.create(body);
        return Responses.created(uri, metric.id, metric.etag(), MetricView.of(metric));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a metric", description = "By id, or by key (e.g. political-prisoners).")
    @APIResponse(responseCode = "200", description = "the metric, with its ETag",
            content = @Content(schema = @Schema(implementation = MetricView.class)))
    public Response get(@PathParam("id") String id,
            @Parameter(description = AsKnownOn.RECORD_PARAMETER) @QueryParam("asKnownOn") String knownOn) {
        Instant past = asKnownOn.resolve(knownOn);
        return AsKnownOn.record(metrics.get(id, past), MetricView::of, past);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a metric", description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "the updated metric, with its new ETag",
            content = @Content(schema = @Schema(implementation = MetricView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MetricInput body) {
        Metric metric = metrics.update(id, ifMatch, body);
        return Responses.ok(metric.etag(), MetricView.of(metric));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Read the history of a metric", description = "Every write of the record (by id or key), oldest first;"
            + " signed-in callers who may read it.")
    @APIResponse(responseCode = "200", description = "the record's audit events",
            content = @Content(schema = @Schema(implementation = AuditEventView.class, type = SchemaType.ARRAY)))
    public List<AuditEventView> history(@PathParam("id") String id) {
        return history.of("metrics", metrics.get(id).id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a metric", description = "Refused with 409 while observations use it.")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") String id) {
        metrics.delete(id);
    }

    /** The page schema as OpenAPI shows it. */
    @Schema(name = "MetricPage")
    record MetricPage(java.util.List<MetricView> items, String nextCursor) {}
}
