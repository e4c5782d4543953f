package org.kartoteka.common;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day: {@code "2021"}, {@code "2021-03"},
 * {@code "2021-03-17"}.
 *
 * <p>A partial date stands for every day it could be: {@code "2021-03"} spans 2021-03-01 to
 * 2021-03-31. {@link #earliest()} and {@link #latest()} are those bounds; counting rules that
 * must not overstate use the latest possible start and the earliest possible end.
 *
 * <p>In JSON it is only ever a string: a JSON object or number is refused rather than read as a
 * record with empty bounds.
 */
@JsonDeserialize(using = PartialDate.FromJson.class)
public record PartialDate(String value, DatePrecision precision, LocalDate earliest, LocalDate latest)
        implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Parses the ISO 8601 form of a year, month or day.
     *
     * @throws InvalidPartialDateException when the text is not such a date or names a day that
     *     does not exist
     */
    public static PartialDate parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidPartialDateException("'" + text + "' is not a date: write a year, a month or a day"
                    + " in ISO 8601 form, like 2021, 2021-03 or 2021-03-17");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1800) {
            throw new InvalidPartialDateException("'" + text + "' is before 1800: check the year");
        }
        try {
            if (m.group(2) == null) {
                return new PartialDate(m.group(1), DatePrecision.YEAR,
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new PartialDate(month.toString(), DatePrecision.MONTH, month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new PartialDate(day.toString(), DatePrecision.DAY, day, day);
        } catch (DateTimeException e) {
            throw new InvalidPartialDateException("'" + text + "' is not a day of the calendar: check the month and day");
        }
    }

    public static PartialDate of(LocalDate day) {
        return new PartialDate(day.toString(), DatePrecision.DAY, day, day);
    }

    /** True when even the earliest day this date could be lies after {@code today}. */
    public boolean certainlyAfter(LocalDate today) {
        return earliest.isAfter(today);
    }

    /** True when this date can only be before {@code other}: every day of it precedes every day of other. */
    public boolean certainlyBefore(PartialDate other) {
        return latest.isBefore(other.earliest);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = earliest.compareTo(other.earliest);
        return byStart != 0 ? byStart : latest.compareTo(other.latest);
    }

    /** Reads a JSON string through {@link #parse}; anything else is a mismatched input naming this type. */
    static final class FromJson extends StdDeserializer<PartialDate> {

        FromJson() {
            super(PartialDate.class);
        }

        @Override
        public PartialDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (PartialDate) context.handleUnexpectedToken(PartialDate.class, parser);
            }
            try {
                return parse(parser.getText());
            } catch (InvalidPartialDateException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }
    }
}
