package org.kartoteka.casefile;

/** Where a case stands. */
public enum CaseStatus {
    INVESTIGATION, TRIAL, SENTENCED, CLOSED, DROPPED
}
