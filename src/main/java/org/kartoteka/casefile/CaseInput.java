package org.kartoteka.casefile;

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

/** A case as clients create or replace it. */
@Schema(name = "CaseInput", description = "one prosecution of one person")
public record CaseInput(
        @NotNull @Schema(required = true, description = "the prosecuted person") UUID personId,
        @Size(max = 200) @Schema(description = "the authorities' case number") String reference,
        @Size(max = 300) @Schema(description = "a named case several persons share", examples = "railway partisans")
        String groupName,
        @NotInFuture @Schema(implementation = String.class, examples = "2021-03") PartialDate openedOn,
        @Size(max = 300) @Schema(description = "the investigating authority", examples = "Investigative Committee")
        String authority,
        @Schema(description = "defaults to INVESTIGATION") CaseStatus status,
        @NotEmpty @Schema(required = true) List<@NotNull @Valid CitationInput> citations) {}
