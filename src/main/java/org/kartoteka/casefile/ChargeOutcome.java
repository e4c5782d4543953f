package org.kartoteka.casefile;

/** What became of one charge. */
public enum ChargeOutcome {
    PENDING, CONVICTED, ACQUITTED, DROPPED, AMNESTIED
}
