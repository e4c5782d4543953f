package org.kartoteka.publiccount;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.metric.Labels;
import org.kartoteka.metric.MetricKind;
import org.kartoteka.observation.Qualifier;

/** The figure an instance stands behind for a metric, as {@code GET /api/v1/public/counts/{metric}} returns it. */
@Schema(name = "PublicCount")
public record PublicCount(
        @Schema(examples = "political-prisoners") String metric,
        @Schema(examples = "Political prisoners") String label,
        Labels labels,
        MetricKind kind,
        String unit,
        @Schema(nullable = true, description = "null when the metric has no figure yet", examples = "1500") BigDecimal value,
        @Schema(nullable = true, description = "the day (or month, year) the figure speaks of; for a FLOW the end of"
                + " its period", examples = "2022-11-04") String asOf,
        @Schema(nullable = true) Qualifier qualifier,
        @Schema(description = "true when the service computed the figure from its records") boolean computed,
        @Schema(nullable = true) CountSource source) {}
