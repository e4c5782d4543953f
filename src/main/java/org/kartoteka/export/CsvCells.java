package org.kartoteka.export;

/**
 * RFC 4180 cells written in Java, with the same rules as the SQL exports: text beginning with
 * {@code = + - @}, tab or CR gets a leading single quote (numbers are written as numbers and
 * exempt), and a cell with a comma, quote, CR or LF is quoted with inner quotes doubled.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return quoted(neutralised(value));
    }

    static String neutralised(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String quoted(String value) {
        boolean needs = value.isEmpty() || value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
