package org.kartoteka.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kartoteka.audit.StaffAccess;
import org.kartoteka.common.ApiTags;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.ProblemType;
import org.kartoteka.common.Visibility;
import org.kartoteka.security.Caller;

@Path("/api/v1/export")
@Tag(name = ApiTags.EXPORTS, description = "CSV exports of every collection and of the audit trail (docs/exports.md)")
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String ZIP = "application/zip";

    @Inject
    ExportService exports;

    @Inject
    Caller caller;

    @GET
    @Path("{collection}.csv")
    @Produces(CSV)
    @Operation(summary = "Export a collection as CSV", description = "RFC 4180, UTF-8, header row, ordered by id,"
            + " streamed from one consistent snapshot. Auditors and admins only; auditors get CONFIDENTIAL persons"
            + " with blank names.")
    @APIResponse(responseCode = "200", description = "the CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@Parameter(description = "sources, persons, person-names, person-external-ids,"
            + " legal-articles, detentions, citations, audit, ...") @PathParam("collection") String collection,
            @Parameter(description = "start with a UTF-8 byte order mark (for Excel)") @QueryParam("bom")
            @DefaultValue("false") boolean bom) {
        StaffAccess.requireAuditorOrAdmin(caller);
        ExportFile file = exports.file(collection).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "There is no export " + collection + ".csv; there are " + String.join(", ", exports.collections()
                        .stream().map(c -> c + ".csv").toList()) + "."));
        boolean redact = redact();
        StreamingOutput body = out -> exports.inSnapshot(redact, snapshot -> snapshot.stream(file, out, bom));
        return Response.ok(body, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
                .build();
    }

    @GET
    @Produces(ZIP)
    @Operation(summary = "Export everything as one zip", description = "Every CSV file from one snapshot plus"
            + " manifest.json (generatedAt, schemaVersion, per file: name, rows, sha256) and datapackage.json (a"
            + " Frictionless Data Package v2 with a Table Schema per file). Auditors and admins only.")
    @APIResponse(responseCode = "200", description = "the zip",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response bundle() {
        StaffAccess.requireAuditorOrAdmin(caller);
        boolean redact = redact();
        StreamingOutput body = out -> exports.inSnapshot(redact, snapshot -> Bundle.write(snapshot, out));
        return Response.ok(body, ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kartoteka-export.zip\"")
                .build();
    }

    private boolean redact() {
        return !caller.maySee(Visibility.CONFIDENTIAL);
    }
}
