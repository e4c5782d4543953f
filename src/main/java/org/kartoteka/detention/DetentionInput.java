package org.kartoteka.detention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.NotInFuture;
import org.kartoteka.common.PartialDate;

/** A detention as clients create or replace it. */
@Schema(name = "DetentionInput", description = "one period of deprivation of liberty")
public record DetentionInput(
        @NotNull @Schema(required = true) UUID personId,
        @Schema(description = "a case of the same person") UUID caseId,
        @NotNull @Schema(required = true) DetentionKind kind,
        @NotNull @NotInFuture @Schema(required = true, implementation = String.class, examples = "2020-07")
        PartialDate startedOn,
        @NotInFuture @Schema(implementation = String.class, description = "null while the detention lasts")
        PartialDate endedOn,
        @Schema(description = "true when the sources do not say when (or whether) the detention ended; only"
                + " without endedOn. Such a period is not ongoing and counts for no day") Boolean endUnknown,
        @Schema(description = "only with endedOn or endUnknown") EndReason endReason,
        @Size(max = 300) @Schema(examples = "Penal colony No. 4, Homiel") String facility,
        @Size(max = 200) @Schema(examples = "Homiel") String region,
        @NotEmpty @Schema(required = true) List<@NotNull @Valid CitationInput> citations) {}
