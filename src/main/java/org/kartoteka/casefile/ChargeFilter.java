package org.kartoteka.casefile;

import static org.kartoteka.common.QueryParams.enumValue;
import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.QueryParams;

/** The filters of {@code GET /api/v1/charges}. */
public class ChargeFilter {

    @QueryParam("caseId")
    public String caseId;

    @QueryParam("personId")
    @Parameter(description = "charges of any case of this person")
    public String personId;

    @QueryParam("article")
    @Parameter(description = "article number, optionally with its code: 342 or BY-CC:342 (any part)")
    public String article;

    @QueryParam("outcome")
    @Parameter(description = "PENDING, CONVICTED, ACQUITTED, DROPPED or AMNESTIED")
    public String outcome;

    void applyTo(Keyset<Charge> query) {
        if (present(caseId)) {
            query.where("e.caseId = :caseId", "caseId", QueryParams.id("caseId", caseId));
        }
        if (present(personId)) {
            query.where("e.caseId in (select pc.id from CaseFile pc where pc.personId = :personId)", "personId",
                    QueryParams.id("personId", personId));
        }
        if (present(article)) {
            ArticleParam param = ArticleParam.parse(article);
            query.where("e.article.number = :articleNumber" + (param.code() == null ? "" : " and e.article.code = :articleCode"),
                    param.parameters());
        }
        if (present(outcome)) {
            query.where("e.outcome = :outcome", "outcome", enumValue("outcome", outcome, ChargeOutcome.class));
        }
    }
}
