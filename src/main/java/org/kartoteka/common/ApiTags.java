package org.kartoteka.common;

/** OpenAPI tag names, one per collection, shared by the resources and the committed document. */
public final class ApiTags {

    public static final String SOURCES = "Sources";
    public static final String PERSONS = "Persons";
    public static final String LEGAL_ARTICLES = "Legal articles";

    private ApiTags() {}
}
