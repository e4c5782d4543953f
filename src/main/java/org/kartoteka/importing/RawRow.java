package org.kartoteka.importing;

import java.util.List;

/**
 * One data row of the file as read, before any column is matched: its number (1 = the first data
 * row) and its cells in order, each under the header (CSV) or key (NDJSON) it came with. A JSON
 * array gives one cell per element under the same key.
 */
record RawRow(int number, List<RawCell> cells) {

    record RawCell(String header, String value) {}
}
