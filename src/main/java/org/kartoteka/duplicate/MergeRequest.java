package org.kartoteka.duplicate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a merge or of a distinct decision: the other person and why. */
@Schema(name = "DuplicateDecision")
public record MergeRequest(
        @NotBlank @Schema(description = "the id of the other person (merge: the one absorbed)") String from,
        @Size(max = 2000) @Schema(description = "why, for the audit trail", nullable = true) String note) {}
