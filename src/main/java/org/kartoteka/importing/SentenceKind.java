package org.kartoteka.importing;

import org.kartoteka.casefile.SentenceType;

/**
 * A sentence type with the regime the text names (general, medium, high or special; null when it
 * names none) and whether the words say the person is held (imprisonment, of a type not named).
 */
record SentenceKind(SentenceType type, String regime, boolean custodial) {}
