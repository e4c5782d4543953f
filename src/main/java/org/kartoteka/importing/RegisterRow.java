package org.kartoteka.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row by canonical column: the first non-empty cell of each column, and every articles cell.
 * Headers no column matches (and {@code id} without an idScheme) are collected into {@code ignored},
 * as the job reports them.
 */
final class RegisterRow {

    final int number;
    private final Map<Column, String> values = new EnumMap<>(Column.class);
    private final List<String> articles = new ArrayList<>();

    private RegisterRow(int number) {
        this.number = number;
    }

    static RegisterRow of(RawRow raw, HeaderColumns headers, Set<String> ignored, boolean idColumnUsed) {
        RegisterRow row = new RegisterRow(raw.number());
        for (RawRow.RawCell cell : raw.cells()) {
            Column column = headers.of(cell.header());
            if (column == null || column == Column.ID && !idColumnUsed) {
                ignored.add(cell.header());
            } else if (column == Column.ARTICLES) {
                if (Cells.text(cell.value()) != null) {
                    row.articles.add(cell.value());
                }
            } else if (Cells.text(cell.value()) != null) {
                row.values.putIfAbsent(column, cell.value());
            }
        }
        return row;
    }

    /** The raw cell of the column, null when absent or empty. */
    String get(Column column) {
        return values.get(column);
    }

    /** The non-empty articles cells in file order. */
    List<String> articles() {
        return articles;
    }
}
