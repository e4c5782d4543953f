package org.kartoteka.series;

/** A breakdown of a computed series; each metric supports the ones that make sense for its records. */
public enum GroupBy {
    REGION("region"),
    GENDER("gender"),
    ARTICLE("article"),
    FACILITY("facility"),
    SENTENCE_TYPE("sentenceType");

    private final String param;

    GroupBy(String param) {
        this.param = param;
    }

    /** The name in {@code ?groupBy=}. */
    public String param() {
        return param;
    }

    static GroupBy parse(String value) {
        for (GroupBy g : values()) {
            if (g.param.equalsIgnoreCase(value.strip()) || g.name().equalsIgnoreCase(value.strip())) {
                return g;
            }
        }
        throw org.kartoteka.common.ProblemException.invalid("groupBy", "'" + value
                + "' is not a breakdown; use region, gender, article, facility or sentenceType");
    }
}
