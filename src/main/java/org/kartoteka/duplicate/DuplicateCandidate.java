package org.kartoteka.duplicate;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another person who may be the same as the one asked about, with the evidence for and against. */
@Schema(name = "DuplicateCandidate")
public record DuplicateCandidate(
        UUID id,
        String displayName,
        @Schema(description = "0..1; docs/duplicates.md explains the weights") double score,
        List<Evidence> reasons,
        List<Evidence> against) {}
