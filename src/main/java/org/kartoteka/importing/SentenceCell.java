package org.kartoteka.importing;

import org.kartoteka.casefile.SentenceType;

/**
 * What the sentence and sentence-type cells of a row say together: the type (from the type cell,
 * else from the sentence's words, else OTHER when only a term is given), its regime and the term.
 */
record SentenceCell(SentenceType type, String regime, Integer termDays, boolean custodial) {

    /** The sentence of the row, or null when both cells say nothing; throws when a cell cannot be read. */
    static SentenceCell parse(String sentenceRaw, SentenceKind fromTypeCell) {
        String sentence = Cells.text(sentenceRaw);
        if (sentence == null && fromTypeCell == null) {
            return null;
        }
        Integer term = SentenceTerms.find(sentence);
        SentenceKind kind = fromTypeCell != null ? fromTypeCell : SentenceTypes.find(sentence);
        if (sentence != null && term == null && kind == null) {
            throw new CellException("'" + sentence + "' is not a sentence this import reads: write e.g. 6 years,"
                    + " 4 1/2 years, 2 years 6 months or 3 years of restricted freedom");
        }
        if (kind == null) {
            return new SentenceCell(SentenceType.OTHER, null, term, false);
        }
        String regime = kind.regime() != null ? kind.regime()
                : fromTypeCell != null ? regimeOf(sentence, kind.type()) : null;
        return new SentenceCell(kind.type(), regime, term, kind.custodial());
    }

    private static String regimeOf(String sentence, SentenceType type) {
        SentenceKind fromSentence = SentenceTypes.find(sentence);
        return fromSentence != null && fromSentence.type() == type ? fromSentence.regime() : null;
    }

    /** Whether the sentence keeps the person in a place of detention (a SENTENCE or OPEN_FACILITY detention). */
    boolean deprivesLiberty() {
        return custodial || type == SentenceType.PENAL_COLONY || type == SentenceType.PRISON
                || type == SentenceType.ARREST || type == SentenceType.OPEN_FACILITY;
    }
}
