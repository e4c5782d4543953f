package org.kartoteka.stats;

/** The width of one point of a series: calendar days, ISO weeks (from Monday), months or years. */
public enum Interval {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    /** The unit as PostgreSQL's date_trunc and interval literals name it. */
    String unit() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
