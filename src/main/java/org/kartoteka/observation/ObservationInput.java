package org.kartoteka.observation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.NotInFuture;
import org.kartoteka.common.PartialDate;

/** An observation as clients create or replace it. */
@Schema(name = "ObservationInput", description = "a figure a source published")
public record ObservationInput(
        @NotBlank @Schema(required = true, description = "the metric's key", examples = "political-prisoners")
        String metric,
        @NotNull @PositiveOrZero @Schema(required = true, examples = "1035") BigDecimal value,
        @Schema(description = "defaults to EXACT") Qualifier qualifier,
        @NotInFuture @Schema(implementation = String.class, description = "for a STOCK metric: the date of the level",
                examples = "2022-02-07") PartialDate asOf,
        @NotInFuture @Schema(implementation = String.class, description = "for a FLOW metric: first day of the period",
                examples = "2021") PartialDate periodStart,
        @NotInFuture @Schema(implementation = String.class, description = "for a FLOW metric: last day of the period",
                examples = "2021") PartialDate periodEnd,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code in capitals, like BY")
        @Schema(examples = "BY") String scope,
        @Size(max = 500) @Schema(description = "who published the figure", examples = "Viasna") String publisher,
        @NotNull @Size(min = 1, max = 50) @Schema(required = true) List<@Valid CitationInput> citations) {}
