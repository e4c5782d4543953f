package org.kartoteka.recognition;

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

/** A recognition as clients create or replace it. */
@Schema(name = "RecognitionInput", description = "a person declared a political prisoner")
public record RecognitionInput(
        @NotNull @Schema(required = true) UUID personId,
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Human Rights Centre Viasna") String recognizedBy,
        @NotInFuture @Schema(implementation = String.class, examples = "2021-07") PartialDate recognizedOn,
        @Size(max = 20) @Schema(examples = "[\"PACE Resolution 1900 (2012), criterion 1(a)\"]")
        List<@NotBlank @Size(max = 1000) String> grounds,
        @NotInFuture @Schema(implementation = String.class, description = "not before recognizedOn") PartialDate revokedOn,
        @NotEmpty @Schema(required = true) List<@NotNull @Valid CitationInput> citations) {}
