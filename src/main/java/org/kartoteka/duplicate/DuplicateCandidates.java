package org.kartoteka.duplicate;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /persons/{id}/duplicates}: at most ten candidates, best first. */
@Schema(name = "DuplicateCandidates")
public record DuplicateCandidates(UUID personId, List<DuplicateCandidate> items) {}
