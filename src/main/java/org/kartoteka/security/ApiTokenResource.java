package org.kartoteka.security;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
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

/** Token management; {@link AccessPolicy} lets only admins in. */
@Path("/api/v1/tokens")
@Tag(name = ApiTags.TOKENS, description = "bearer API tokens (admin only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

    @Inject
    ApiTokenService tokens;

    @POST
    @Operation(summary = "Issue a token", description = "The answer holds the secret; it is shown this once.")
    @APIResponse(responseCode = "201", description = "issued; store the secret now",
            content = @Content(schema = @Schema(implementation = IssuedToken.class)))
    public Response issue(@NotNull @Valid TokenInput body, @Context UriInfo uri) {
        IssuedToken issued = tokens.issue(body);
        return Response.created(uri.getAbsolutePathBuilder().path(issued.id().toString()).build())
                .cacheControl(noStore())
                .entity(issued)
                .build();
    }

    @GET
    @Operation(summary = "List tokens", description = "Newest last by default (sort createdAt or name); never"
            + " secrets or hashes. Revoked and expired tokens stay listed with their status.")
    @APIResponse(responseCode = "200", description = "a page of tokens",
            content = @Content(schema = @Schema(implementation = TokenPage.class)))
    public Page<TokenView> list(@BeanParam PageRequest page) {
        return tokens.list(page);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token", description = "Takes effect at once; the token stays listed as REVOKED."
            + " Refused with 409 for the last active admin token.")
    @APIResponse(responseCode = "204", description = "revoked")
    public void revoke(@PathParam("id") String id) {
        tokens.revoke(Ids.parse(id));
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }

    /** The page schema as OpenAPI shows it. */
    @Schema(name = "TokenPage")
    record TokenPage(java.util.List<TokenView> items, String nextCursor) {}
}
