package org.kartoteka.recognition;

import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.QueryParams;

/** The filters of {@code GET /api/v1/recognitions}. */
public class RecognitionFilter {

    @QueryParam("personId")
    public String personId;

    @QueryParam("recognizedBy")
    @Parameter(description = "exact organisation, any case")
    public String recognizedBy;

    @QueryParam("revoked")
    @Parameter(description = "true: revoked; false: never revoked")
    public String revoked;

    @QueryParam("from")
    @Parameter(description = "recognised on or after (year, month or day): recognitions that may fall then")
    public String from;

    @QueryParam("to")
    @Parameter(description = "recognised on or before (year, month or day)")
    public String to;

    void applyTo(Keyset<Recognition> query) {
        if (present(personId)) {
            query.where("e.personId = :personId", "personId", QueryParams.id("personId", personId));
        }
        if (present(recognizedBy)) {
            query.where("lower(e.recognizedBy) = :recognizedBy", "recognizedBy",
                    recognizedBy.strip().toLowerCase(Locale.ROOT));
        }
        if (present(revoked)) {
            query.where(QueryParams.bool("revoked", revoked) ? "e.revokedOn is not null" : "e.revokedOn is null");
        }
        QueryParams.dateRange(query, "recognized", from, to);
    }
}
