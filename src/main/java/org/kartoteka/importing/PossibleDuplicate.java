package org.kartoteka.importing;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The recorded person a row may describe too, as its report names it. */
@Schema(name = "ImportPossibleDuplicate", description = "the person a row may describe too: the row was held back"
        + " (POSSIBLE_DUPLICATE), created beside it (onDuplicate=create) or linked to it (onDuplicate=link)")
public record PossibleDuplicate(
        UUID personId,
        String displayName,
        @Schema(description = "0..1, as GET /api/v1/persons/{id}/duplicates scores (docs/duplicates.md)") double score,
        @Schema(description = "the row of the same file that created the person; null for a person recorded before",
                nullable = true) Integer row) {}
