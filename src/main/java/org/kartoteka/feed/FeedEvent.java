package org.kartoteka.feed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kartoteka.observation.Qualifier;

/**
 * One entry of a feed, as read from the records: what happened ({@code kind}, {@code detail}: who
 * recognised, why a detention ended, the verdict, the figure's publisher), to whom (a PUBLIC
 * person, or none for a figure), on which partial date, when the register last changed it, and the
 * PUBLIC sources it is cited to. Figures carry their metric, labels, value and qualifier.
 */
record FeedEvent(FeedKind kind, UUID id, Instant updatedAt, String date, UUID personId, String personName,
        String detail, String metricKey, Map<String, String> labels, BigDecimal value, Qualifier qualifier,
        List<SourceLink> sources) {

    /** A PUBLIC source an event is cited to. */
    record SourceLink(String title, String url) {}

    FeedEvent withSources(List<SourceLink> links) {
        return new FeedEvent(kind, id, updatedAt, date, personId, personName, detail, metricKey, labels, value,
                qualifier, links);
    }
}
