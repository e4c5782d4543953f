package org.kartoteka.common;

/** Text that cannot be read as a {@link PartialDate}; the message tells the writer what to send. */
public class InvalidPartialDateException extends IllegalArgumentException {

    public InvalidPartialDateException(String message) {
        super(message);
    }
}
