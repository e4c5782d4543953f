package org.kartoteka.importing;

/** A cell the import cannot understand; the message says what to write instead. */
final class CellException extends RuntimeException {

    CellException(String message) {
        super(message, null, false, false);
    }
}
