package org.kartoteka.casefile;

/** The outcome of a trial; RETURNED: the court sent the case back to the prosecutor. */
public enum Verdict {
    PENDING, CONVICTED, ACQUITTED, RETURNED
}
