package org.kartoteka.importing;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code POST /api/v1/imports}, as sent; {@link ImportService} checks them. */
public class ImportRequest {

    @QueryParam("source")
    @Parameter(description = "required: the id of an existing source; every fact the import writes cites it with the"
            + " locator 'row N'")
    public String source;

    @QueryParam("dryRun")
    @DefaultValue("false")
    @Parameter(description = "true: check and report every row as a commit would, write nothing")
    public String dryRun;

    @QueryParam("atomic")
    @DefaultValue("true")
    @Parameter(description = "true (default): all rows or none; false: valid rows are written, invalid ones reported")
    public String atomic;

    @QueryParam("idScheme")
    @Parameter(description = "read the id column as SCHEME:id (e.g. viasna); without it the external_id column gives"
            + " scheme:value")
    public String idScheme;

    @QueryParam("recognizedBy")
    @Parameter(description = "the organisation every row's recognition is by; defaults to the source's publisher")
    public String recognizedBy;

    @QueryParam("visibility")
    @Parameter(description = "visibility of created persons (PUBLIC, RESTRICTED, CONFIDENTIAL); default RESTRICTED")
    public String visibility;

    @QueryParam("duplicateScore")
    @Parameter(description = "0..1, default 0.9: a row whose external id matches no one but whose person scores at"
            + " least this against a recorded person (or one an earlier row of the file created) is a possible"
            + " duplicate (docs/duplicates.md)")
    public String duplicateScore;

    @QueryParam("onDuplicate")
    @Parameter(description = "what to do with a possible duplicate: report (default: not written, outcome"
            + " POSSIBLE_DUPLICATE), create (create the person anyway, with a warning naming the candidate) or link"
            + " (add the row's external id to the candidate and update it as a matched row)")
    public String onDuplicate;

    @HeaderParam(HttpHeaders.CONTENT_TYPE)
    public String contentType;
}
