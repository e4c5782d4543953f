package org.kartoteka.casefile;

/** The kind of punishment a verdict imposes. */
public enum SentenceType {
    PENAL_COLONY, PRISON, OPEN_FACILITY, HOME_CONFINEMENT, RESTRICTION_OF_FREEDOM, SUSPENDED, ARREST, FINE, OTHER
}
