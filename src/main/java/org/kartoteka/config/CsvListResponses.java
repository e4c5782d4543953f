package org.kartoteka.config;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Documents the CSV form of every list page ({@code org.kartoteka.export.CsvNegotiation}): a GET
 * under {@code /api/v1/} whose answer is a {@code ...Page} also answers {@code text/csv} to the
 * auditor and admin roles. The exports and the import reports document their CSV themselves.
 */
final class CsvListResponses {

    private static final String PAGE_SUFFIX = "Page";

    private CsvListResponses() {}

    static void apply(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/v1/") && !path.startsWith("/api/v1/export") && !path.startsWith("/api/v1/imports")
                    && item.getGET() != null) {
                addCsv(item.getGET());
            }
        });
    }

    private static void addCsv(Operation operation) {
        var ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaType("text/csv") != null) {
            return;
        }
        MediaType json = ok.getContent().getMediaType("application/json");
        if (json == null || json.getSchema() == null || json.getSchema().getRef() == null
                || !json.getSchema().getRef().endsWith(PAGE_SUFFIX)) {
            return;
        }
        ok.getContent().addMediaType("text/csv", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("With Accept: text/csv (auditor and admin roles): the page's items as CSV,"
                                + " one row each, the next page in a Link header (rel=\"next\")")));
    }
}
