package org.kartoteka.duplicate;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One fact that speaks for (a reason) or against two records being one person, and its weight in the score. */
@Schema(name = "DuplicateEvidence")
public record Evidence(
        @Schema(description = "name, birthDate, region, externalId, case, groupName, source (reasons);"
                + " birthDate, gender, externalId, detention (against)") String kind,
        @Schema(description = "what it adds to the score (negative against); docs/duplicates.md") double weight,
        @Schema(description = "the evidence in words") String detail,
        @Schema(description = "the values compared: the person's first, the candidate's second (e.g. the two"
                + " spellings that matched)") List<String> values) {}
