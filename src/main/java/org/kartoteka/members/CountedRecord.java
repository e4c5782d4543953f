package org.kartoteka.members;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record that puts a person into a count, with its dates as written and as the counting rules
 * read them (docs/counting.md).
 */
@Schema(name = "CountedRecord")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CountedRecord(
        @Schema(description = "DETENTION, RECOGNITION or TRIAL") String type,
        UUID id,
        @Schema(description = "a detention's kind, a recognition's organisation, a trial's verdict") String kind,
        @Schema(description = "its date as written (started, recognised, verdict), a partial date") String date,
        @Schema(description = "its end as written (ended, revoked), a partial date; absent while it lasts",
                nullable = true) String endDate,
        @Schema(description = "levels: the first day it certainly holds (the latest possible start)",
                nullable = true) LocalDate countsFrom,
        @Schema(description = "levels: the last day it certainly holds (the day before the earliest possible end);"
                + " absent while it lasts", nullable = true) LocalDate countsUntil,
        @Schema(description = "flows: the day the event is placed on", nullable = true) LocalDate placedOn) {

    /**
     * From the columns {@code record_type, record_id, kind, dated, ended, counts_from, counts_until}
     * of {@code SeriesQuery.dayRecords} or {@code flowRecords} (and of the records behind changes),
     * starting at column {@code at}.
     */
    public static CountedRecord of(Object[] row, int at, boolean level) {
        LocalDate first = Rows.day(row[at + 5]);
        return new CountedRecord((String) row[at], (UUID) row[at + 1], (String) row[at + 2], (String) row[at + 3],
                (String) row[at + 4], level ? first : null, level ? Rows.day(row[at + 6]) : null, level ? null : first);
    }
}
