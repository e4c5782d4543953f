package org.kartoteka.detention;

/** The legal form of a deprivation of liberty. */
public enum DetentionKind {
    ADMINISTRATIVE_ARREST, PRETRIAL, SENTENCE, OPEN_FACILITY, HOUSE_ARREST, PSYCHIATRIC, OTHER
}
