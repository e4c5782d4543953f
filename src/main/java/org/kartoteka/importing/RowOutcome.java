package org.kartoteka.importing;

/** What an import did with one row. */
public enum RowOutcome {
    CREATED, UPDATED, UNCHANGED, REJECTED
}
