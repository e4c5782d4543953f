package org.kartoteka.person;

import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.kartoteka.audit.History;
import org.kartoteka.audit.AuditEventView;
import java.util.List;
import java.util.UUID;
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
import org.kartoteka.duplicate.DuplicateCandidates;
import org.kartoteka.duplicate.DuplicatePair;
import org.kartoteka.duplicate.DuplicateService;
import org.kartoteka.duplicate.MergeRequest;
import org.kartoteka.duplicate.MergeService;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.time.Instant;
import org.kartoteka.asknownon.AsKnownOn;

@Path("/api/v1/persons")
@Tag(name = ApiTags.PERSONS, description = "persecuted persons, their names and external ids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    AsKnownOn asKnownOn;

    @Inject
    PersonService persons;

    @Inject
    History history;

    @Inject
    DuplicateService duplicates;

    @Inject
    MergeService merges;

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
    @APIResponse(responseCode = "308", description = "the person was merged into another: Location is the survivor")
    public Response get(@PathParam("id") String id,
            @Parameter(description = AsKnownOn.RECORD_PARAMETER) @QueryParam("asKnownOn") String knownOn) {
        Instant past = asKnownOn.resolve(knownOn);
        return AsKnownOn.record(persons.get(Ids.parse(id), past), PersonView::of, past);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a person", description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "the updated person, with its new ETag",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "410", description = "the person was merged into another (mergedInto names it)",
            content = @Content(mediaType = "application/problem+json"))
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

    @GET
    @Path("duplicates")
    @Operation(summary = "Scan the register for duplicates", description = "Pairs of persons who may be one, over"
            + " every person the caller may see, best first, cursor-paged; editor, admin and auditor (CSV with"
            + " Accept: text/csv for auditor and admin). Scoring: docs/duplicates.md.")
    @APIResponse(responseCode = "200", description = "a page of candidate pairs",
            content = @Content(schema = @Schema(implementation = DuplicatePairPage.class)))
    public Page<DuplicatePair> duplicatePairs(
            @Parameter(description = "the lowest score listed, 0 to 1; default 0.7") @QueryParam("minScore") String minScore,
            @BeanParam PageRequest page) {
        if (page.sort != null && !page.sort.isBlank()) {
            throw org.kartoteka.common.ProblemException.invalid("sort", "the scan is ordered by score; leave sort out");
        }
        return duplicates.scan(DuplicateService.minScore(minScore), page.limit(), page.cursor);
    }

    @GET
    @Path("{id}/duplicates")
    @Operation(summary = "Candidates for duplicates of a person", description = "Up to 10 other persons the caller"
            + " may see who may be the same person, best first, each with a score and the evidence for and against;"
            + " signed-in callers. Scoring: docs/duplicates.md.")
    @APIResponse(responseCode = "200", description = "the candidates",
            content = @Content(schema = @Schema(implementation = DuplicateCandidates.class)))
    @APIResponse(responseCode = "308", description = "the person was merged: the same path under the survivor's id")
    public DuplicateCandidates duplicatesOf(@PathParam("id") String id) {
        UUID personId = Ids.parse(id);
        return new DuplicateCandidates(personId, duplicates.candidatesOf(personId));
    }

    @POST
    @Path("{id}/merge")
    @Operation(summary = "Merge another person into this one", description = "Every fact of `from` moves to this"
            + " person, names, external ids, citations and tags are united, the stricter visibility wins; `from` is"
            + " deleted and its id answers 308 (reads) or 410 (writes) afterwards. Requires If-Match of this person;"
            + " editor and admin. A conflict (overlapping detentions, two ids of one scheme, a pair recorded as"
            + " distinct) is a 409 listing each one, and nothing changes.")
    @APIResponse(responseCode = "200", description = "the surviving person, with its new ETag",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "409", description = "the merge would break a rule; errors lists each conflict",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = org.kartoteka.common.Problem.class)))
    @APIResponse(responseCode = "410", description = "this person was merged into another (mergedInto names it)",
            content = @Content(mediaType = "application/problem+json"))
    public Response merge(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MergeRequest body) {
        Person person = merges.merge(Ids.parse(id), ifMatch, body);
        return Responses.ok(person.etag(), PersonView.of(person));
    }

    @POST
    @Path("{id}/distinct")
    @Operation(summary = "Record that two persons are different people", description = "Namesakes: the pair leaves"
            + " every candidate list and the scan. Editor and admin.")
    @APIResponse(responseCode = "204", description = "recorded (or recorded before)")
    public void distinct(@PathParam("id") String id, @NotNull @Valid MergeRequest body) {
        merges.distinct(Ids.parse(id), body);
    }

    /** The scan's page schema as OpenAPI shows it. */
    @Schema(name = "DuplicatePairPage")
    record DuplicatePairPage(java.util.List<DuplicatePair> items,
            @Schema(description = "pass as ?cursor= to get the next page; null on the last page", nullable = true)
            String nextCursor) {}

    /** The page schema as OpenAPI shows it. */
    @Schema(name = "PersonPage")
    record PersonPage(java.util.List<PersonView> items, String nextCursor) {}
}
