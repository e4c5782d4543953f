package org.kartoteka.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A strict RFC 4180 reader for tests: records end in CRLF (the last one too), a field is either
 * bare (no quote, comma, CR or LF) or wholly quoted with inner quotes doubled, and every record has
 * the header's field count. Anything else fails the test instead of being guessed at.
 */
final class StrictCsv {

    /** A parsed file: the header and the records, each as column name to value. */
    record Table(List<String> header, List<Map<String, String>> rows) {

        Map<String, String> row(String column, String value) {
            return rows.stream().filter(r -> value.equals(r.get(column))).findFirst()
                    .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value));
        }

        <K> Map<K, Map<String, String>> by(Function<Map<String, String>, K> key) {
            return rows.stream().collect(Collectors.toMap(key, r -> r));
        }
    }

    private final String text;
    private int pos;

    private StrictCsv(String text) {
        this.text = text;
    }

    static Table parse(String text) {
        List<List<String>> records = new StrictCsv(text).records();
        if (records.isEmpty()) {
            throw new AssertionError("no header row");
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() != header.size()) {
                throw new AssertionError("record " + i + " has " + record.size() + " fields, the header " + header.size());
            }
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), record.get(c));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    private List<List<String>> records() {
        List<List<String>> records = new ArrayList<>();
        while (pos < text.length()) {
            records.add(record());
        }
        return records;
    }

    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(field());
            if (text.startsWith("\r\n", pos)) {
                pos += 2;
                return fields;
            }
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            throw new AssertionError("expected ',' or CRLF at offset " + pos + " but found "
                    + (pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end (last record lacks CRLF)"));
        }
    }

    private String field() {
        if (pos < text.length() && text.charAt(pos) == '"') {
            return quoted();
        }
        int start = pos;
        while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
            if (text.charAt(pos) == '"') {
                throw new AssertionError("quote inside a bare field at offset " + pos);
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new AssertionError("unterminated quoted field");
            }
            char c = text.charAt(pos++);
            if (c != '"') {
                value.append(c);
            } else if (pos < text.length() && text.charAt(pos) == '"') {
                value.append('"');
                pos++;
            } else {
                return value.toString();
            }
        }
    }
}
