package org.kartoteka.observation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.PartialDate;

/** An observation as the API returns it. */
@Schema(name = "Observation")
public record ObservationView(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "the metric's key") String metric,
        BigDecimal value,
        Qualifier qualifier,
        @Schema(implementation = String.class, nullable = true) PartialDate asOf,
        @Schema(implementation = String.class, nullable = true) PartialDate periodStart,
        @Schema(implementation = String.class, nullable = true) PartialDate periodEnd,
        String scope,
        String publisher,
        List<CitationInput> citations,
        @Schema(description = "the instant the figure was recorded in Kartoteka (read-only): pass it as asKnownOn"
                + " to stats/series, members or changes for the records as they stood when it was published here")
        Instant recordedAt) {

    public static ObservationView of(Observation o) {
        return new ObservationView(o.id, o.version, o.createdAt, o.updatedAt, o.metric.key, o.value, o.qualifier,
                o.asOf, o.periodStart, o.periodEnd, o.scope, o.publisher,
                o.citations.stream().map(CitationInput::of).toList(), o.createdAt);
    }
}
