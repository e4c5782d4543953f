package org.kartoteka.series;

import static org.kartoteka.common.QueryParams.date;
import static org.kartoteka.common.QueryParams.enumValue;
import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.ProblemException;

/** The parameters of {@code GET /api/v1/stats/series}, checked. */
public class SeriesRequest {

    /** More points than this in one answer is a mistake (ten years of days). */
    static final int MAX_POINTS = 3660;

    @QueryParam("metric")
    @Parameter(description = "the metric's key", required = true, example = "political-prisoners")
    public String metric;

    @QueryParam("from")
    @Parameter(description = "first day (a year or month means its first day); default: one year before to")
    public String from;

    @QueryParam("to")
    @Parameter(description = "last day (a year or month means its last day, but not after today); default: today (UTC)")
    public String to;

    @QueryParam("interval")
    @Parameter(description = "day, week (ISO, from Monday), month or year; default day")
    public String interval;

    @QueryParam("asKnownOn")
    @Parameter(description = "the series as the records stood at this instant (RFC 3339; a date means the end of"
            + " that day in UTC), rebuilt from the audit trail; observations recorded later are left out")
    public String asKnownOn;

    @QueryParam("groupBy")
    @Parameter(description = "region, gender, article, facility or sentenceType (each metric offers some)")
    public String groupBy;

    String metricKey() {
        if (!present(metric)) {
            throw ProblemException.invalid("metric", "name the metric, e.g. ?metric=political-prisoners");
        }
        return metric.strip();
    }

    Interval interval() {
        return present(interval) ? enumValue("interval", interval, Interval.class) : Interval.DAY;
    }

    GroupBy groupBy() {
        return present(groupBy) ? GroupBy.parse(groupBy) : null;
    }

    LocalDate to() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (!present(to)) {
            return today;
        }
        var day = date("to", to);
        if (day.earliest().isAfter(today)) {
            throw ProblemException.invalid("to", "lies in the future; counts end today (" + today + ")");
        }
        return day.latest().isAfter(today) ? today : day.latest();
    }

    LocalDate from() {
        LocalDate last = to();
        LocalDate first = present(from) ? date("from", from).earliest() : last.minusYears(1);
        if (first.isAfter(last)) {
            throw ProblemException.invalid("from", "is after to (" + last + "); swap them");
        }
        long points = interval() == Interval.DAY ? ChronoUnit.DAYS.between(first, last) + 1 : 0;
        if (points > MAX_POINTS) {
            throw ProblemException.invalid("from", "asks for " + points + " days; ask for at most " + MAX_POINTS
                    + " points at a time, or use interval=week, month or year");
        }
        return first;
    }
}
