package org.kartoteka.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kartoteka.common.ApiTags;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.security.Caller;

@Path("/api/v1/audit")
@Tag(name = ApiTags.AUDIT, description = "the append-only trail of every write")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Read the audit trail", description = "Every insert, update and delete of every record,"
            + " oldest first, cursor-paged by event id. Auditors and admins only; auditors see the rows of"
            + " CONFIDENTIAL persons without names.")
    @APIResponse(responseCode = "200", description = "a page of events",
            content = @Content(schema = @Schema(implementation = AuditPage.class)))
    public Page<AuditEventView> list(@BeanParam AuditFilter filter, @BeanParam PageRequest page) {
        StaffAccess.requireAuditorOrAdmin(caller);
        return audit.list(filter, page);
    }

    /** The page schema as OpenAPI shows it. */
    @Schema(name = "AuditPage")
    record AuditPage(java.util.List<AuditEventView> items, String nextCursor) {}
}
