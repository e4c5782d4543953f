package org.kartoteka.common;

/** OpenAPI tag names, one per collection, shared by the resources and the committed document. */
public final class ApiTags {

    public static final String SOURCES = "Sources";
    public static final String PERSONS = "Persons";
    public static final String LEGAL_ARTICLES = "Legal articles";
    public static final String CASES = "Cases";
    public static final String CHARGES = "Charges";
    public static final String TRIALS = "Trials";
    public static final String DETENTIONS = "Detentions";
    public static final String RECOGNITIONS = "Recognitions";
    public static final String METRICS = "Metrics";
    public static final String OBSERVATIONS = "Observations";
    public static final String STATS = "Statistics";
    public static final String PUBLIC = "Public counts";
    public static final String AUDIT = "Audit";
    public static final String EXPORTS = "Exports";
    public static final String TOKENS = "Tokens";
    public static final String IMPORTS = "Imports";

    private ApiTags() {}
}
