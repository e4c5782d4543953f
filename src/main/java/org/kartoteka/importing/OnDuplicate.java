package org.kartoteka.importing;

/** What an import does with a row whose person may be one already recorded (docs/import.md, "Possible duplicates"). */
public enum OnDuplicate {
    /** The row is not written; its outcome is POSSIBLE_DUPLICATE, naming the candidate. */
    REPORT,
    /** The person is created anyway; the row keeps a warning naming the candidate. */
    CREATE,
    /** The row's external id is added to the candidate, and the row updates it as a matched row. */
    LINK
}
