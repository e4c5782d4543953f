package org.kartoteka.importing;

import java.util.Locale;

/**
 * What a cell says before any parsing: empty cells and the word {@code FALSE} (what spreadsheet
 * exports write into an empty boolean-typed column) mean "not known". Anything else is kept as
 * written, formula-looking text ({@code =1+1}) included: the import stores text, never evaluates it.
 */
final class Cells {

    private Cells() {}

    /** The stripped text of the cell, or null when the cell says nothing. */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String stripped = raw.strip();
        if (stripped.isEmpty() || stripped.toUpperCase(Locale.ROOT).equals("FALSE")) {
            return null;
        }
        return stripped;
    }
}
