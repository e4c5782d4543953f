package org.kartoteka.metric;

/** Whether a metric is a level on a date (STOCK) or a number over a period (FLOW). */
public enum MetricKind {
    STOCK,
    FLOW
}
