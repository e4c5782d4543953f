package org.kartoteka.series;

/** The width of one point of a series: calendar days, ISO weeks (from Monday), months or years. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(enumeration = {"day", "week", "month", "year"})
public enum Interval {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    /** The unit as PostgreSQL's date_trunc and interval literals name it, and as the API writes it. */
    @com.fasterxml.jackson.annotation.JsonValue
    String unit() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
