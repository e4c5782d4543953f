package org.kartoteka.detention;

import static org.kartoteka.common.QueryParams.enumValue;
import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.QueryParams;

/** The filters of {@code GET /api/v1/detentions}. */
public class DetentionFilter {

    @QueryParam("personId")
    public String personId;

    @QueryParam("caseId")
    public String caseId;

    @QueryParam("kind")
    @Parameter(description = "ADMINISTRATIVE_ARREST, PRETRIAL, SENTENCE, OPEN_FACILITY, HOUSE_ARREST, PSYCHIATRIC or OTHER")
    public String kind;

    @QueryParam("facility")
    @Parameter(description = "exact facility, any case")
    public String facility;

    @QueryParam("region")
    @Parameter(description = "exact region, any case")
    public String region;

    @QueryParam("ongoing")
    @Parameter(description = "true: no end recorded; false: ended")
    public String ongoing;

    @QueryParam("from")
    @Parameter(description = "started on or after (year, month or day): detentions that may have started then")
    public String from;

    @QueryParam("to")
    @Parameter(description = "started on or before (year, month or day)")
    public String to;

    void applyTo(Keyset<Detention> query) {
        if (present(personId)) {
            query.where("e.personId = :personId", "personId", QueryParams.id("personId", personId));
        }
        if (present(caseId)) {
            query.where("e.caseId = :caseId", "caseId", QueryParams.id("caseId", caseId));
        }
        if (present(kind)) {
            query.where("e.kind = :kind", "kind", enumValue("kind", kind, DetentionKind.class));
        }
        if (present(facility)) {
            query.where("lower(e.facility) = :facility", "facility", facility.strip().toLowerCase(Locale.ROOT));
        }
        if (present(region)) {
            query.where("lower(e.region) = :region", "region", region.strip().toLowerCase(Locale.ROOT));
        }
        if (present(ongoing)) {
            query.where(QueryParams.bool("ongoing", ongoing) ? "e.endedOn is null and e.endUnknown = false"
                    : "(e.endedOn is not null or e.endUnknown = true)");
        }
        QueryParams.dateRange(query, "started", from, to);
    }
}
