package org.kartoteka.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.PartialDate;

/** A case as the API returns it. */
@Schema(name = "Case")
public record CaseView(UUID id, long version, Instant createdAt, Instant updatedAt, UUID personId, String reference,
        String groupName, @Schema(implementation = String.class) PartialDate openedOn, String authority,
        CaseStatus status, List<CitationInput> citations) {

    static CaseView of(CaseFile c) {
        return new CaseView(c.id, c.version, c.createdAt, c.updatedAt, c.personId, c.reference, c.groupName,
                c.openedOn, c.authority, c.status, c.citations.stream().map(CitationInput::of).toList());
    }
}
