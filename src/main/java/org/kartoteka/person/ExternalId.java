package org.kartoteka.person;

import jakarta.persistence.Embeddable;

/** The id of a person in another register, such as {@code viasna:1234}; unique per scheme. */
@Embeddable
public class ExternalId {

    public String scheme;

    public String value;

    public ExternalId() {}

    public ExternalId(String scheme, String value) {
        this.scheme = scheme;
        this.value = value;
    }
}
