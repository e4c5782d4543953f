package org.kartoteka.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.PartialDate;
import org.kartoteka.legalarticle.LegalArticle;

/** A charge as the API returns it, with the catalogue entry it names. */
@Schema(name = "Charge")
public record ChargeView(UUID id, long version, Instant createdAt, Instant updatedAt, UUID caseId, Article article,
        ChargeModifier modifier, @Schema(implementation = String.class) PartialDate chargedOn, ChargeOutcome outcome,
        List<CitationInput> citations) {

    /** The charged article as the catalogue holds it. */
    @Schema(name = "ChargedArticle")
    public record Article(UUID id, String code, String number, String part, String title,
            @Schema(examples = "BY-CC 342") String citation) {

        static Article of(LegalArticle a) {
            return new Article(a.id, a.code, a.number, a.part, a.title, a.citation());
        }
    }

    static ChargeView of(Charge c) {
        return new ChargeView(c.id, c.version, c.createdAt, c.updatedAt, c.caseId, Article.of(c.article), c.modifier,
                c.chargedOn, c.outcome, c.citations.stream().map(CitationInput::of).toList());
    }
}
