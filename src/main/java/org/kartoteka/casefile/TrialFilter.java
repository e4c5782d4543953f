package org.kartoteka.casefile;

import static org.kartoteka.common.QueryParams.date;
import static org.kartoteka.common.QueryParams.enumValue;
import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.QueryParams;

/** The filters of {@code GET /api/v1/trials}. */
public class TrialFilter {

    @QueryParam("caseId")
    public String caseId;

    @QueryParam("court")
    @Parameter(description = "exact court, any case")
    public String court;

    @QueryParam("judge")
    @Parameter(description = "one of the judges, exact name, any case")
    public String judge;

    @QueryParam("verdict")
    @Parameter(description = "PENDING, CONVICTED, ACQUITTED or RETURNED")
    public String verdict;

    @QueryParam("verdictFrom")
    @Parameter(description = "verdict on or after (year, month or day): trials whose verdict may fall then")
    public String verdictFrom;

    @QueryParam("verdictTo")
    @Parameter(description = "verdict on or before (year, month or day)")
    public String verdictTo;

    void applyTo(Keyset<Trial> query) {
        if (present(caseId)) {
            query.where("e.caseId = :caseId", "caseId", QueryParams.id("caseId", caseId));
        }
        if (present(court)) {
            query.where("lower(e.court) = :court", "court", court.strip().toLowerCase(Locale.ROOT));
        }
        if (present(judge)) {
            query.where("function('text_array_contains_ci', e.judges, :judge) = true", "judge",
                    judge.strip().toLowerCase(Locale.ROOT));
        }
        if (present(verdict)) {
            query.where("e.verdict = :verdict", "verdict", enumValue("verdict", verdict, Verdict.class));
        }
        if (present(verdictFrom)) {
            query.where("e.verdictLatest >= :verdictFrom", "verdictFrom", date("verdictFrom", verdictFrom).earliest());
        }
        if (present(verdictTo)) {
            query.where("e.verdictEarliest <= :verdictTo", "verdictTo", date("verdictTo", verdictTo).latest());
        }
    }
}
