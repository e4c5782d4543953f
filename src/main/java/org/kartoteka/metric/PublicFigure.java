package org.kartoteka.metric;

/** Where the public count of a metric comes from: the records (COMPUTED) or the latest observation (REPORTED). */
public enum PublicFigure {
    COMPUTED,
    REPORTED
}
