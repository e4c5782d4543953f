package org.kartoteka.metric;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A metric as clients create or replace it. */
@Schema(name = "MetricInput", description = "a named series")
public record MetricInput(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be a slug: lower-case letters and digits joined by single hyphens, like political-prisoners")
        @Schema(required = true, examples = "political-prisoners") String key,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Political prisoners") String label,
        @Schema(description = "labels for the widget and badge; each falls back to label") Labels labels,
        @Size(max = 10000) String definition,
        @NotNull @Schema(required = true, description = "STOCK (a level on a date) or FLOW (a number over a period)")
        MetricKind kind,
        @Size(max = 50) @Schema(examples = "persons") String unit,
        @Schema(description = "whether the service computes the series from its records; only the metrics of"
                + " docs/counting.md can be computed") Boolean computed,
        @Schema(description = "COMPUTED (today's value from the records) or REPORTED (the latest observation);"
                + " defaults to COMPUTED for a computed metric, else REPORTED") PublicFigure publicFigure,
        @Size(max = 500) @Schema(description = "with a REPORTED public figure: take only this publisher's observations")
        String publisher) {

    void copyTo(Metric metric) {
        metric.key = key.strip();
        metric.label = label.strip();
        Labels l = labels == null ? new Labels(null, null, null) : labels;
        metric.labelEn = blankToNull(l.en());
        metric.labelBe = blankToNull(l.be());
        metric.labelRu = blankToNull(l.ru());
        metric.definition = definition;
        metric.kind = kind;
        metric.unit = blankToNull(unit);
        metric.computed = Boolean.TRUE.equals(computed);
        metric.publicFigure = publicFigure != null ? publicFigure
                : metric.computed ? PublicFigure.COMPUTED : PublicFigure.REPORTED;
        metric.publisher = blankToNull(publisher);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
