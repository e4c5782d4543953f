package org.kartoteka.timeline;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.Citation;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.PartialDate;

/** One dated event of a person's records, with the citations of the record it comes from. */
@Schema(name = "TimelineEvent")
public record TimelineEvent(
        @Schema(implementation = String.class, nullable = true, description = "partial date; null when the"
                + " record does not say (such events come last)") PartialDate date,
        EventType type,
        RecordType recordType,
        UUID recordId,
        @Schema(description = "a sentence for people", examples = "Sentenced to 3 years in a penal colony (regime: general)")
        String summary,
        List<CitationInput> citations) {

    /**
     * Date order: by the earliest day a date can be, then by its latest day (so of dates that begin
     * together the more precise comes first: 2021-03-01, then 2021-03, then 2021), then by the kind
     * of event, then by record id so that the order is stable. Undated events come last.
     */
    public static final Comparator<TimelineEvent> ORDER = Comparator
            .comparing(TimelineEvent::date, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
            .thenComparing(TimelineEvent::type)
            .thenComparing(TimelineEvent::recordId);

    static TimelineEvent of(PartialDate date, EventType type, RecordType recordType, UUID id, String summary,
            List<Citation> citations) {
        return new TimelineEvent(date, type, recordType, id, summary, citations.stream().map(CitationInput::of).toList());
    }
}
