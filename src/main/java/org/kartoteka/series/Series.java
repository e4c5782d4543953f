package org.kartoteka.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.observation.ObservationView;

/** A series as {@code GET /api/v1/stats/series} returns it: computed points beside the reported figures. */
@Schema(name = "Series")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Series(
        String metric,
        Interval interval,
        LocalDate from,
        LocalDate to,
        @Schema(description = "the breakdown, when asked for") String groupBy,
        @Schema(description = "the computed points (without groupBy); empty for a metric the service does not compute")
        List<Point> points,
        @Schema(description = "one series per group (with groupBy)") List<Group> groups,
        @Schema(description = "the published figures that may speak about a day in from..to, never overwritten")
        List<ObservationView> reported) {

    /**
     * One interval. {@code date} is its first counted day, {@code end} its last (both clipped to
     * from..to). A STOCK value is the level on {@code end}; a FLOW value counts {@code date..end}.
     */
    @Schema(name = "SeriesPoint")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(
            LocalDate date,
            LocalDate end,
            @Schema(nullable = true, description = "null when suppressed") Long value,
            @Schema(description = "true when an anonymous breakdown hides a cell smaller than 3") Boolean suppressed) {}

    /** The series of one group; {@code group} is null for records without a value for the breakdown. */
    @Schema(name = "SeriesGroup")
    public record Group(@Schema(nullable = true) String group, List<Point> points) {}
}
