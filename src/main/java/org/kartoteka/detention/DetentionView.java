package org.kartoteka.detention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.PartialDate;

/** A detention as the API returns it. */
@Schema(name = "Detention")
public record DetentionView(UUID id, long version, Instant createdAt, Instant updatedAt, UUID personId, UUID caseId,
        DetentionKind kind, @Schema(implementation = String.class) PartialDate startedOn,
        @Schema(implementation = String.class) PartialDate endedOn, boolean endUnknown, EndReason endReason, String facility,
        String region, List<CitationInput> citations) {

    static DetentionView of(Detention d) {
        return new DetentionView(d.id, d.version, d.createdAt, d.updatedAt, d.personId, d.caseId, d.kind, d.startedOn,
                d.endedOn, d.endUnknown, d.endReason, d.facility, d.region, d.citations.stream().map(CitationInput::of).toList());
    }
}
