package org.kartoteka.importing;

/** The file cannot be read on (broken CSV quoting, a line that is not JSON): the job fails with this message. */
final class ImportFileException extends RuntimeException {

    ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
