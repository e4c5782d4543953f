package org.kartoteka.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.NotInFuture;
import org.kartoteka.common.PartialDate;

/** A trial as clients create or replace it. */
@Schema(name = "TrialInput", description = "a court proceeding of a case")
public record TrialInput(
        @NotNull @Schema(required = true) UUID caseId,
        @Size(max = 300) @Schema(examples = "Frunzenski District Court of Minsk") String court,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> judges,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> prosecutors,
        @NotInFuture @Schema(implementation = String.class) PartialDate startedOn,
        @NotInFuture @Schema(implementation = String.class, description = "not before startedOn") PartialDate verdictOn,
        @Schema(description = "defaults to PENDING") Verdict verdict,
        Boolean closedSession,
        Boolean inAbsentia,
        @Valid @Schema(description = "only with a CONVICTED verdict") SentenceInput sentence,
        @NotInFuture @Schema(implementation = String.class, description = "not before verdictOn") PartialDate appealOn,
        @Size(max = 1000) @Schema(examples = "upheld") String appealOutcome,
        @NotEmpty @Schema(required = true) List<@NotNull @Valid CitationInput> citations) {}
