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
                    "The catalogue already has this article (code, number and part)."),
            Map.entry("case_file_person_fkey",
                    "Cases still name this person; delete or reassign them first."),
            Map.entry("detention_person_fkey",
                    "Detentions still name this person; delete or reassign them first."),
            Map.entry("recognition_person_fkey",
                    "Recognitions still name this person; delete or reassign them first."),
            Map.entry("charge_case_fkey",
                    "Charges still belong to this case; delete them first."),
            Map.entry("trial_case_fkey",
                    "Trials still belong to this case; delete them first."),
            Map.entry("detention_case_fkey",
                    "Detentions still belong to this case; delete them or clear their caseId first."),
            Map.entry("charge_article_fkey",
                    "Charges still name this article; change or delete them first."),
            Map.entry("detention_no_overlap",
                    "This detention overlaps another detention of the same person (both certainly cover one"
                            + " day); a person cannot be held twice on one day. Correct the dates of one of them."),
            Map.entry("detention_end_not_before_start",
                    "endedOn: a detention cannot end before it starts."),
            Map.entry("detention_end_reason_needs_end",
                    "endReason: a detention that has not ended has no end reason."),
            Map.entry("metric_key_key", "Another metric already has this key; a key names one metric."),
            Map.entry("observation_metric_fkey",
                    "Observations still use this metric; delete them first (GET /api/v1/observations?metric=<key>)."));

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
