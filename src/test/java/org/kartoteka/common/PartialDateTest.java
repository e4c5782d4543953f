package org.kartoteka.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void aYearSpansTheWholeYear() {
        PartialDate year = PartialDate.parse("2021");
        assertEquals(DatePrecision.YEAR, year.precision());
        assertEquals(LocalDate.of(2021, 1, 1), year.earliest());
        assertEquals(LocalDate.of(2021, 12, 31), year.latest());
        assertEquals("2021", year.toString());
    }

    @Test
    void aMonthSpansItsDays() {
        PartialDate month = PartialDate.parse("2021-03");
        assertEquals(DatePrecision.MONTH, month.precision());
        assertEquals(LocalDate.of(2021, 3, 1), month.earliest());
        assertEquals(LocalDate.of(2021, 3, 31), month.latest());
    }

    @ParameterizedTest
    @CsvSource({"2021-02, 28", "2020-02, 29", "2000-02, 29", "1900-02, 28", "2021-04, 30", "2021-12, 31"})
    void aMonthEndsOnItsLastDayIncludingFebruaryInLeapYears(String text, int lastDay) {
        assertEquals(lastDay, PartialDate.parse(text).latest().getDayOfMonth());
    }

    @Test
    void aDayIsItsOwnBounds() {
        PartialDate day = PartialDate.parse("2020-02-29");
        assertEquals(DatePrecision.DAY, day.precision());
        assertEquals(LocalDate.of(2020, 2, 29), day.earliest());
        assertEquals(day.earliest(), day.latest());
    }

    @Test
    void surroundingWhitespaceIsIgnoredAndNullStaysNull() {
        assertEquals("2021-03-17", PartialDate.parse(" 2021-03-17 ").toString());
        assertNull(PartialDate.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-29", "2021-02-30", "2021-04-31", "2021-13", "2021-00", "2021-01-00",
            "21-3", "2021-3", "2021-03-7", "2021/03/17", "17.03.2021", "March 2021", "", "2021-03-17T10:00",
            "1799", "20210", "-2021"})
    void invalidTextIsRejectedWithAMessageSayingWhatToWrite(String text) {
        InvalidPartialDateException e = assertThrows(InvalidPartialDateException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void malformedTextNamesTheAcceptedForms() {
        InvalidPartialDateException e = assertThrows(InvalidPartialDateException.class, () -> PartialDate.parse("21-3"));
        assertTrue(e.getMessage().contains("2021-03-17"), e.getMessage());
    }

    @Test
    void certainlyBeforeNeedsEveryDayToPrecede() {
        assertTrue(PartialDate.parse("2021-02").certainlyBefore(PartialDate.parse("2021-03")));
        assertTrue(PartialDate.parse("2020").certainlyBefore(PartialDate.parse("2021-01-01")));
        assertFalse(PartialDate.parse("2021").certainlyBefore(PartialDate.parse("2021-03")));
        assertFalse(PartialDate.parse("2021-03").certainlyBefore(PartialDate.parse("2021-03-31")));
        assertFalse(PartialDate.parse("2021-03-17").certainlyBefore(PartialDate.parse("2021-03-17")));
        assertFalse(PartialDate.parse("2021-04").certainlyBefore(PartialDate.parse("2021-03")));
    }

    @Test
    void certainlyAfterLooksAtTheEarliestDay() {
        LocalDate today = LocalDate.of(2021, 3, 17);
        assertFalse(PartialDate.parse("2021").certainlyAfter(today));
        assertFalse(PartialDate.parse("2021-03").certainlyAfter(today));
        assertTrue(PartialDate.parse("2021-03-18").certainlyAfter(today));
        assertTrue(PartialDate.parse("2022").certainlyAfter(today));
    }

    @Test
    void ordersByStartThenEnd() {
        assertTrue(PartialDate.parse("2021").compareTo(PartialDate.parse("2021-01")) > 0);
        assertTrue(PartialDate.parse("2021-01-01").compareTo(PartialDate.parse("2021-01")) < 0);
        assertEquals(0, PartialDate.parse("2021-03").compareTo(PartialDate.parse("2021-03")));
    }
}
