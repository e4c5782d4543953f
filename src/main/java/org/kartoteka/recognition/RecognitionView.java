package org.kartoteka.recognition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.PartialDate;

/** A recognition as the API returns it. */
@Schema(name = "Recognition")
public record RecognitionView(UUID id, long version, Instant createdAt, Instant updatedAt, UUID personId,
        String recognizedBy, @Schema(implementation = String.class) PartialDate recognizedOn, List<String> grounds,
        @Schema(implementation = String.class) PartialDate revokedOn, List<CitationInput> citations) {

    static RecognitionView of(Recognition r) {
        return new RecognitionView(r.id, r.version, r.createdAt, r.updatedAt, r.personId, r.recognizedBy,
                r.recognizedOn, List.copyOf(r.grounds), r.revokedOn, r.citations.stream().map(CitationInput::of).toList());
    }
}
