package org.kartoteka.person;

/** What a spelling of a name is to the person. */
public enum NameKind {
    PRIMARY,
    TRANSLITERATION,
    FORMER,
    ALIAS
}
