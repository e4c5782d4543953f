package org.kartoteka.importing;

import java.util.Locale;
import java.util.Set;

/** What a register's status column says of the detention: still held, or held no more. */
enum HeldStatus {
    HELD,
    FORMER;

    private static final Set<String> HELD_WORDS = Set.of("active", "held", "current", "detained", "imprisoned",
            "true", "yes");
    private static final Set<String> FORMER_WORDS = Set.of("former", "released", "freed", "free", "no");

    /** The status, or null when the cell says nothing. */
    static HeldStatus parse(String raw) {
        String text = Cells.text(raw);
        if (text == null) {
            return null;
        }
        String word = text.toLowerCase(Locale.ROOT);
        if (HELD_WORDS.contains(word)) {
            return HELD;
        }
        if (FORMER_WORDS.contains(word)) {
            return FORMER;
        }
        throw new CellException("'" + text + "' is not a status this import reads: write active or held (still held),"
                + " former or released");
    }
}
