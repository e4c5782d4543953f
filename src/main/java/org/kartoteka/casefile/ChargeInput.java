package org.kartoteka.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.NotInFuture;
import org.kartoteka.common.PartialDate;

/** A charge as clients create or replace it. */
@Schema(name = "ChargeInput", description = "an article a case charges")
public record ChargeInput(
        @NotNull @Schema(required = true) UUID caseId,
        @NotNull @Valid @Schema(required = true) ArticleRef article,
        @Schema(description = "defaults to NONE") ChargeModifier modifier,
        @NotInFuture @Schema(implementation = String.class, examples = "2021-05") PartialDate chargedOn,
        @Schema(description = "defaults to PENDING") ChargeOutcome outcome,
        @NotEmpty @Schema(required = true) List<@NotNull @Valid CitationInput> citations) {

    /** An article of the legal-article catalogue, named as people cite it. */
    @Schema(name = "ArticleRef", description = "an entry of the legal-article catalogue")
    public record ArticleRef(
            @NotBlank @Size(max = 20) @Schema(required = true, examples = "BY-CC") String code,
            @NotBlank @Size(max = 20) @Schema(required = true, examples = "342") String number,
            @Size(max = 20) @Schema(description = "omit when the catalogue has the article as a whole") String part) {

        String citation() {
            return code.strip() + " " + number.strip() + (part == null || part.isBlank() ? "" : " part " + part.strip());
        }
    }
}
