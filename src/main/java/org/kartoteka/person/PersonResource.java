package org.kartoteka.person;

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

@Path("/api/v1/persons")
@Tag(name = ApiTags.PERSONS, description = "persecuted persons, their names and external ids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    PersonService persons;

    @Inject
    History history;

    @GET
    @Operation(summary = "List persons", description = "Filtered, sorted (name, createdAt, updatedAt), cursor-paged.")
    @APIResponse(responseCode = "200", description = "a page of persons",
            content = @Content(schema = @Schema(implementation = PersonPage.class)))
    public Page<PersonView> list(@BeanParam PersonFilter filter, @BeanParam PageRequest page) {
        return persons.list(filter, page).map(PersonView::of);
    }

    @POST
    @Operation(summary = "Create a person")
    @APIResponse(responseCode = "201", description = "created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response create(@NotNull @Valid PersonInput body, @Context UriInfo uri) {
        Person person = persons.create(body);
        return Responses.created(uri, person.id, person.etag(), PersonView.of(person));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a person")
    @APIResponse(responseCode = "200", description = "the person, with its ETag",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response get(@PathParam("id") String id) {
        Person person = persons.get(Ids.parse(id));
        return Responses.ok(person.etag(), PersonView.of(person));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a person", description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "the updated person, with its new ETag",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PersonInput body) {
        Person person = persons.update(Ids.parse(id), ifMatch, body);
        return Responses.ok(person.etag(), PersonView.of(person));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Read the history of a person", description = "Every write of the record and of its child"
            + " rows (citations, names, external ids), oldest first; signed-in callers who may read the record.")
    @APIResponse(responseCode = "200", description = "the record's audit events",
            content = @Content(schema = @Schema(implementation = AuditEventView.class, type = SchemaType.ARRAY)))
    public List<AuditEventView> history(@PathParam("id") String id) {
        return history.of("persons", Ids.parse(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a person", description = "Refused with 409 while a case, detention or recognition references them.")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") String id) {
        persons.delete(Ids.parse(id));
    }

    /** The page schema as OpenAPI shows it. */
    @Schema(name = "PersonPage")
    record PersonPage(java.util.List<PersonView> items, String nextCursor) {}
}
