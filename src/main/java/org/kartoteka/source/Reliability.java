package org.kartoteka.source;

/** How far the researchers trust a source. */
public enum Reliability {
    CONFIRMED,
    PROBABLE,
    POSSIBLE,
    DOUBTFUL,
    UNKNOWN
}
