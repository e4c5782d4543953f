package org.kartoteka.members;

import java.sql.Date;
import java.time.LocalDate;

/** Reading native query columns. */
final class Rows {

    private Rows() {}

    static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
