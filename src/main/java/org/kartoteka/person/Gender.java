package org.kartoteka.person;

public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
