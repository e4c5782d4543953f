package org.kartoteka.legalarticle;

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

@Path("/api/v1/legal-articles")
@Tag(name = ApiTags.LEGAL_ARTICLES, description = "the catalogue of legal provisions charges name")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalArticleResource {

    @Inject
    AsKnownOn asKnownOn;

    @Inject
    LegalArticleService articles;

    @Inject
    History history;

    @GET
    @Operation(summary = "List legal articles", description = "Filtered, sorted (number, title, createdAt), cursor-paged.")
    @APIResponse(responseCode = "200", description = "a page of legal articles",
            content = @Content(schema = @Schema(implementation = LegalArticlePage.class)))
    public Page<LegalArticleView> list(@BeanParam LegalArticleFilter filter, @BeanParam PageRequest page) {
        return articles.list(filter, page).map(LegalArticleView::of);
    }

    @POST
    @Operation(summary = "Create a legal article")
    @APIResponse(responseCode = "201", description = "created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = LegalArticleView.class)))
    public Response create(@NotNull @Valid LegalArticleInput body, @Context UriInfo uri) {
        LegalArticle article = articles.create(body);
        return Responses.created(uri, article.id, article.etag(), LegalArticleView.of(article));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a legal article")
    @APIResponse(responseCode = "200", description = "the legal article, with its ETag",
            content = @Content(schema = @Schema(implementation = LegalArticleView.class)))
    public Response get(@PathParam("id") String id,
            @Parameter(description = AsKnownOn.RECORD_PARAMETER) @QueryParam("asKnownOn") String knownOn) {
        Instant past = asKnownOn.resolve(knownOn);
        return AsKnownOn.record(articles.get(Ids.parse(id), past), LegalArticleView::of, past);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a legal article", description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "the updated legal article, with its new ETag",
            content = @Content(schema = @Schema(implementation = LegalArticleView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LegalArticleInput body) {
        LegalArticle article = articles.update(Ids.parse(id), ifMatch, body);
        return Responses.ok(article.etag(), LegalArticleView.of(article));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Read the history of a legal article", description = "Every write of the record and of its child"
            + " rows (citations, names, external ids), oldest first; signed-in callers who may read the record.")
    @APIResponse(responseCode = "200", description = "the record's audit events",
            content = @Content(schema = @Schema(implementation = AuditEventView.class, type = SchemaType.ARRAY)))
    public List<AuditEventView> history(@PathParam("id") String id) {
        return history.of("legal-articles", Ids.parse(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a legal article", description = "Refused with 409 while a charge names it.")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") String id) {
        articles.delete(Ids.parse(id));
    }

    /** The page schema as OpenAPI shows it. */
    @Schema(name = "LegalArticlePage")
    record LegalArticlePage(java.util.List<LegalArticleView> items, String nextCursor) {}
}
