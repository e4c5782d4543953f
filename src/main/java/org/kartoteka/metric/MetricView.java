package org.kartoteka.metric;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A metric as the API returns it. */
@Schema(name = "Metric")
public record MetricView(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String key,
        String label,
        Labels labels,
        String definition,
        MetricKind kind,
        String unit,
        boolean computed,
        PublicFigure publicFigure,
        String publisher) {

    static MetricView of(Metric m) {
        return new MetricView(m.id, m.version, m.createdAt, m.updatedAt, m.key, m.label, Labels.of(m), m.definition,
                m.kind, m.unit, m.computed, m.publicFigure, m.publisher);
    }
}
