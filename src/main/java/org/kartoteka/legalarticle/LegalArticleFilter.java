package org.kartoteka.legalarticle;

import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.Keyset;

/** The filters of {@code GET /api/v1/legal-articles}. */
public class LegalArticleFilter {

    @QueryParam("code")
    @Parameter(description = "BY-CC, BY-CAO, ...")
    public String code;

    @QueryParam("number")
    @Parameter(description = "article number, e.g. 342")
    public String number;

    @QueryParam("part")
    public String part;

    @QueryParam("q")
    @Parameter(description = "words in the title, any case")
    public String q;

    void applyTo(Keyset<LegalArticle> query) {
        if (present(code)) {
            query.where("e.code = :code", "code", code.strip().toUpperCase(Locale.ROOT));
        }
        if (present(number)) {
            query.where("e.number = :number", "number", number.strip());
        }
        if (present(part)) {
            query.where("e.part = :part", "part", part.strip());
        }
        if (present(q)) {
            query.where("lower(e.title) like :q", "q", "%" + q.strip().toLowerCase(Locale.ROOT) + "%");
        }
    }
}
