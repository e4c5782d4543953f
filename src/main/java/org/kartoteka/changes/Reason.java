package org.kartoteka.changes;

/** Why a person entered or left a level between two days. */
public enum Reason {
    /** Entered: a recognition began to hold (its latest possible date). */
    RECOGNISED,
    /** Entered: a detention began (its latest possible start). */
    DETAINED,
    /** Left: the detention ended (its earliest possible end). */
    RELEASED,
    /** Left: the recognition was revoked (the earliest possible day of its revocation). */
    RECOGNITION_REVOKED,
    /**
     * The date (or a detention's kind) that places the change was changed after it had first been
     * written: the change comes from a correction of the record, not only from an event.
     */
    RECORD_CORRECTED
}
