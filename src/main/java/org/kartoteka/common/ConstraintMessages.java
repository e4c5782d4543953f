package org.kartoteka.common;

import java.util.Map;

/**
 * What a violated database constraint means to the person who sent the request. Feature
 * migrations name their constraints; the names below map them to a sentence that says what to do.
 */
final class ConstraintMessages {

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("person_external_id_scheme_value_key",
                    "Another person already has this external id in this scheme; an external id identifies one person."),
            Map.entry("legal_article_code_number_part_key",
                    "The catalogue already has this article (code, number and part)."));

    private ConstraintMessages() {}

    static String unique(String constraint) {
        return MESSAGES.getOrDefault(constraint, "A record with these values already exists (" + constraint + ").");
    }

    static String referenced(String constraint) {
        if (constraint.endsWith("_citation_source_fkey")) {
            return "Facts still cite this source; change or remove those citations first.";
        }
        return MESSAGES.getOrDefault(constraint, "Other records still reference this one (" + constraint
                + "); delete or change them first.");
    }

    static String overlap(String constraint) {
        return MESSAGES.getOrDefault(constraint, "The record overlaps another one (" + constraint + ").");
    }

    static String check(String constraint) {
        return MESSAGES.getOrDefault(constraint, "The record breaks the rule " + constraint + ".");
    }
}
