package org.kartoteka.members;

import static org.kartoteka.common.QueryParams.date;
import static org.kartoteka.common.QueryParams.present;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.kartoteka.common.ProblemException;

/**
 * The days of a figure's parameters, read as the series reads them: a year or month given for a
 * level's day or a period's end means its last day, for a period's start its first day; no day
 * after today (UTC).
 */
public final class CountDays {

    private CountDays() {}

    /** A required day: the last day of what the partial date spans, clipped to today. */
    public static LocalDate lastDay(String name, String value) {
        if (!present(value)) {
            throw ProblemException.invalid(name, "give a day, e.g. " + name + "=2022-02-07");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var day = date(name, value);
        if (day.earliest().isAfter(today)) {
            throw ProblemException.invalid(name, "lies in the future; counts end today (" + today + ")");
        }
        return day.latest().isAfter(today) ? today : day.latest();
    }

    /** A required first day of a period ending on {@code last}. */
    public static LocalDate firstDay(String name, String value, LocalDate last) {
        if (!present(value)) {
            throw ProblemException.invalid(name, "give a day, e.g. " + name + "=2022-01-10");
        }
        LocalDate first = date(name, value).earliest();
        if (first.isAfter(last)) {
            throw ProblemException.invalid(name, "is after " + last + "; swap the days");
        }
        return first;
    }
}
