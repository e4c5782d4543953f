package org.kartoteka.casefile;

import static org.kartoteka.common.QueryParams.enumValue;
import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.QueryParams;

/** The filters of {@code GET /api/v1/cases}. */
public class CaseFilter {

    @QueryParam("personId")
    public String personId;

    @QueryParam("status")
    @Parameter(description = "INVESTIGATION, TRIAL, SENTENCED, CLOSED or DROPPED")
    public String status;

    @QueryParam("groupName")
    @Parameter(description = "exact group name, any case")
    public String groupName;

    @QueryParam("from")
    @Parameter(description = "opened on or after (year, month or day): cases that may have opened then")
    public String from;

    @QueryParam("to")
    @Parameter(description = "opened on or before (year, month or day)")
    public String to;

    void applyTo(Keyset<CaseFile> query) {
        if (present(personId)) {
            query.where("e.personId = :personId", "personId", QueryParams.id("personId", personId));
        }
        if (present(status)) {
            query.where("e.status = :status", "status", enumValue("status", status, CaseStatus.class));
        }
        if (present(groupName)) {
            query.where("lower(e.groupName) = :groupName", "groupName", groupName.strip().toLowerCase(Locale.ROOT));
        }
        QueryParams.dateRange(query, "opened", from, to);
    }
}
