package org.kartoteka.changes;

import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.ProblemException;
import org.kartoteka.members.CountDays;

/** The parameters of {@code GET /api/v1/stats/changes}, checked. */
public class ChangesRequest {

    @QueryParam("metric")
    @Parameter(description = "a computed level's key (political-prisoners or detained)", required = true,
            example = "political-prisoners")
    public String metric;

    @QueryParam("from")
    @Parameter(description = "the first day (a year or month means its last day)", required = true,
            example = "2022-01-10")
    public String from;

    @QueryParam("to")
    @Parameter(description = "the second day (a year or month means its last day), not before from",
            required = true, example = "2022-02-07")
    public String to;

    @QueryParam("asKnownOn")
    @Parameter(description = "the answer as the records stood at this instant (RFC 3339; a date means the end of that"
            + " day in UTC), rebuilt from the audit trail; visibility is the caller's today")
    public String asKnownOn;

    String metricKey() {
        if (!present(metric)) {
            throw ProblemException.invalid("metric", "name the metric, e.g. ?metric=political-prisoners");
        }
        return metric.strip();
    }

    LocalDate to() {
        return CountDays.lastDay("to", to);
    }

    /** Both days are levels' days: a month means its last day, as in the series. */
    LocalDate from() {
        LocalDate first = CountDays.lastDay("from", from);
        if (first.isAfter(to())) {
            throw ProblemException.invalid("from", "is after to (" + to() + "); swap the days");
        }
        return first;
    }
}
