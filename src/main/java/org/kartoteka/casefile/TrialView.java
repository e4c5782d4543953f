package org.kartoteka.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.PartialDate;

/** A trial as the API returns it. */
@Schema(name = "Trial")
public record TrialView(UUID id, long version, Instant createdAt, Instant updatedAt, UUID caseId, String court,
        List<String> judges, List<String> prosecutors, @Schema(implementation = String.class) PartialDate startedOn,
        @Schema(implementation = String.class) PartialDate verdictOn, Verdict verdict, boolean closedSession,
        boolean inAbsentia, SentenceInput sentence, @Schema(implementation = String.class) PartialDate appealOn,
        String appealOutcome, List<CitationInput> citations) {

    static TrialView of(Trial t) {
        return new TrialView(t.id, t.version, t.createdAt, t.updatedAt, t.caseId, t.court, List.copyOf(t.judges),
                List.copyOf(t.prosecutors), t.startedOn, t.verdictOn, t.verdict, t.closedSession, t.inAbsentia,
                SentenceInput.of(t), t.appealOn, t.appealOutcome, t.citations.stream().map(CitationInput::of).toList());
    }
}
