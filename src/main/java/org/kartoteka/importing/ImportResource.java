package org.kartoteka.importing;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kartoteka.common.ApiTags;
import org.kartoteka.common.Ids;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.ProblemException;

@Path("/api/v1/imports")
@Tag(name = ApiTags.IMPORTS, description = "bulk import of a register file, with a dry run and a per-row report")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String CSV = "text/csv";

    @Inject
    ImportService imports;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a file", description = "The file is the body: CSV with a header row (text/csv) or"
            + " one JSON object a line (application/x-ndjson). The job runs in the background; poll the Location."
            + " docs/import.md lists the columns and the forms of their cells.")
    @RequestBody(content = {@Content(mediaType = RowSource.CSV, schema = @Schema(type = org.eclipse.microprofile
            .openapi.annotations.enums.SchemaType.STRING)), @Content(mediaType = RowSource.NDJSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "202", description = "queued; Location names the job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    public Response submit(@BeanParam ImportRequest request, InputStream body) {
        ImportJob job = imports.submit(request, body);
        return Response.accepted(ImportJobView.of(job)).location(URI.create("/api/v1/imports/" + job.id)).build();
    }

    @GET
    @Operation(summary = "List import jobs", description = "Newest first, cursor-paged. Researchers see the jobs they"
            + " started; editors, admins and auditors every job.")
    @APIResponse(responseCode = "200", description = "a page of jobs",
            content = @Content(schema = @Schema(implementation = ImportJobPage.class)))
    public Page<ImportJobView> list(@BeanParam PageRequest page) {
        return imports.list(page.limit(), page.cursor).map(ImportJobView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an import job", description = "Its status, progress (rowsDone of rowsTotal) and the"
            + " outcome counts of its rows.")
    @APIResponse(responseCode = "200", description = "the job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    public ImportJobView get(@PathParam("id") String id) {
        return ImportJobView.of(imports.get(Ids.parse(id)));
    }

    @GET
    @Path("{id}/rows")
    @Operation(summary = "Read the per-row report of an import job", description = "In row order, cursor-paged."
            + " With Accept: text/csv, the whole report (of the outcome asked for) as one CSV, to fix the rows in the"
            + " spreadsheet they came from.")
    @APIResponse(responseCode = "200", description = "a page of rows",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportRowPage.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
                            .enums.SchemaType.STRING))})
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response rows(@PathParam("id") String id,
            @QueryParam("outcome") @Parameter(description = "CREATED, UPDATED, UNCHANGED, REJECTED or"
                    + " POSSIBLE_DUPLICATE") String outcome,
            @BeanParam PageRequest page, @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        UUID jobId = Ids.parse(id);
        RowOutcome wanted = outcome(outcome);
        if (accept != null && accept.toLowerCase(Locale.ROOT).startsWith(CSV)) {
            imports.get(jobId);
            StreamingOutput csv = out -> new ReportCsv(imports, jobId, wanted).write(out);
            return Response.ok(csv, CSV + "; charset=UTF-8").header("Content-Disposition",
                    "attachment; filename=\"import-" + jobId + "-rows.csv\"").build();
        }
        int after = afterRow(page.cursor);
        int limit = page.limit();
        List<ImportRowView> rows = imports.rows(jobId, wanted, after, limit + 1);
        String next = rows.size() > limit ? String.valueOf(rows.get(limit - 1).row()) : null;
        return Response.ok(new Page<>(rows.subList(0, Math.min(limit, rows.size())), next), MediaType.APPLICATION_JSON)
                .build();
    }

    private static RowOutcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RowOutcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("outcome", "'" + value + "' is not CREATED, UPDATED, UNCHANGED, REJECTED or"
                    + " POSSIBLE_DUPLICATE");
        }
    }

    private static int afterRow(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(cursor.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list gave; start again without it");
        }
    }

    /** The page schemas as OpenAPI shows them. */
    @Schema(name = "ImportJobPage")
    record ImportJobPage(List<ImportJobView> items, @Schema(nullable = true) String nextCursor) {}

    @Schema(name = "ImportRowPage")
    record ImportRowPage(List<ImportRowView> items, @Schema(nullable = true) String nextCursor) {}
}
