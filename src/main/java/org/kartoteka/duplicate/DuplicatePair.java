package org.kartoteka.duplicate;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Two persons of the register who may be one, as the scan lists them (best first). */
@Schema(name = "DuplicatePair")
public record DuplicatePair(
        UUID personId,
        String personName,
        UUID otherId,
        String otherName,
        @Schema(description = "0..1; docs/duplicates.md explains the weights") double score,
        List<Evidence> reasons,
        List<Evidence> against) {}
