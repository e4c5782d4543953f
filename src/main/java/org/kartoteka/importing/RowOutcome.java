package org.kartoteka.importing;

/**
 * What an import did with one row. POSSIBLE_DUPLICATE: the row matched no one by external id but
 * its person may be one already recorded; it was not written (docs/import.md, "Possible duplicates").
 */
public enum RowOutcome {
    CREATED, UPDATED, UNCHANGED, REJECTED, POSSIBLE_DUPLICATE
}
