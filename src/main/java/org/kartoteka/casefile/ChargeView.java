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

    /** The charged article: the catalogue entry (id, title) and the part the charge names. */
    @Schema(name = "ChargedArticle")
    public record Article(@Schema(description = "the catalogue entry the charge refers to") UUID id, String code,
            String number,
            @Schema(description = "the part the charge names; null when it names none", nullable = true) String part,
            String title, @Schema(examples = "BY-CC 342 part 2") String citation) {

        static Article of(Charge c) {
            LegalArticle a = c.article;
            String part = c.part != null ? c.part : a.part;
            return new Article(a.id, a.code, a.number, part, a.title,
                    a.code + " " + a.number + (part == null ? "" : " part " + part));
        }
    }

    static ChargeView of(Charge c) {
        return new ChargeView(c.id, c.version, c.createdAt, c.updatedAt, c.caseId, Article.of(c), c.modifier,
                c.chargedOn, c.outcome, c.citations.stream().map(CitationInput::of).toList());
    }
}
