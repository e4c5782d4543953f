package org.kartoteka.importing;

import org.kartoteka.casefile.ChargeModifier;

/** One article a register cell names: code, number, part (null when the cell gives none) and modifier. */
record ArticleMention(String code, String number, String part, ChargeModifier modifier) {

    /** How the report names it: {@code BY-CC 342 part 2}. */
    String citation() {
        return code + " " + number + (part == null ? "" : " part " + part)
                + (modifier == ChargeModifier.NONE ? "" : " (" + modifier.name().toLowerCase(java.util.Locale.ROOT) + ")");
    }
}
