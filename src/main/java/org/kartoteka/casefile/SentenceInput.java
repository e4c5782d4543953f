package org.kartoteka.casefile;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The punishment a conviction imposed; leave out what the sources do not say. */
@Schema(name = "Sentence", description = "the punishment a conviction imposed")
public record SentenceInput(
        @NotNull @Schema(required = true, description = "OTHER when the sources do not say which") SentenceType type,
        @Size(max = 100) @Schema(description = "the colony regime", examples = "general") String regime,
        @Min(0) @Max(36500) @Schema(description = "term in days (a year counts as 365 days in summaries)",
                examples = "1095") Integer termDays,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal fineAmount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as BYN")
        @Schema(examples = "BYN") String currency) {

    static SentenceInput of(Trial t) {
        return t.sentenceType == null ? null
                : new SentenceInput(t.sentenceType, t.sentenceRegime, t.sentenceTermDays, t.sentenceFineAmount,
                        t.sentenceCurrency);
    }
}
