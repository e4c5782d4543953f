package org.kartoteka.importing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kartoteka.common.InvalidPartialDateException;
import org.kartoteka.common.PartialDate;

/**
 * Dates as registers write them: {@code 2021}, {@code 2021-03}, {@code 2021-03-17}, and the
 * day-first {@code 17.03.2021} and {@code 03.2021} of Belarusian and Russian tables. Every date of
 * an import dates something that already happened, so a date after today is refused.
 */
final class CellDates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})\\.(\\d{4})");
    /** A timestamp some exports write: keep the day. */
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ][0-9:.]+Z?");

    private CellDates() {}

    /** The date the cell gives, or null when it says nothing; throws naming the accepted forms. */
    static PartialDate parse(String raw) {
        String text = Cells.text(raw);
        if (text == null) {
            return null;
        }
        PartialDate date;
        try {
            date = PartialDate.parse(iso(text));
        } catch (InvalidPartialDateException e) {
            throw new CellException("'" + text + "' is not a date this import reads (or not a day of the calendar):"
                    + " write 2021, 2021-03, 2021-03-17 or 17.03.2021");
        }
        if (date.certainlyAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw new CellException("'" + text + "' lies in the future: a fact that happened cannot be dated after today");
        }
        return date;
    }

    private static String iso(String text) {
        Matcher day = DAY_FIRST.matcher(text);
        if (day.matches()) {
            return day.group(3) + "-" + twoDigits(day.group(2)) + "-" + twoDigits(day.group(1));
        }
        Matcher month = MONTH_FIRST.matcher(text);
        if (month.matches()) {
            return month.group(2) + "-" + twoDigits(month.group(1));
        }
        Matcher stamp = ISO_TIMESTAMP.matcher(text);
        return stamp.matches() ? stamp.group(1) : text;
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
