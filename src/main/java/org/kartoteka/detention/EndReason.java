package org.kartoteka.detention;

/** Why a detention ended. */
public enum EndReason {
    SENTENCE_SERVED, PARDONED, AMNESTY, ACQUITTED, SENTENCE_CHANGED, DEPORTED, DIED, TRANSFERRED, UNKNOWN
}
