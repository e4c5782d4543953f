package org.kartoteka.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.NotInFuture;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.Visibility;

/** A person as clients create or replace them. */
@Schema(name = "PersonInput", description = "a persecuted person")
public record PersonInput(
        @NotEmpty @Size(max = 50) @Schema(required = true, description = "every spelling of the name; the first"
                + " PRIMARY one is the display name") List<@NotNull @Valid NameInput> names,
        @Schema(description = "defaults to UNKNOWN") Gender gender,
        @NotInFuture @Schema(implementation = String.class, examples = "1978") PartialDate birthDate,
        @NotInFuture @Schema(implementation = String.class) PartialDate diedOn,
        @Size(max = 200) @Schema(examples = "Minsk") String region,
        @Size(max = 300) String occupation,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
        @Size(max = 20000) String description,
        @Size(max = 50) List<@NotNull @Valid ExternalIdInput> externalIds,
        @Schema(description = "PUBLIC, RESTRICTED (signed-in staff only) or CONFIDENTIAL (admin and editor"
                + " only); defaults to RESTRICTED so that no one is published by accident") Visibility visibility,
        @NotEmpty @Schema(required = true) List<@NotNull @Valid CitationInput> citations) {

    /** One spelling of a name. */
    @Schema(name = "PersonName")
    public record NameInput(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Алесь Бяляцкі") String value,
            @Size(max = 35) @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*",
                    message = "must be a BCP 47 language tag such as be, ru or en") String lang,
            @Pattern(regexp = "[A-Z][a-z]{3}", message = "must be an ISO 15924 script code such as Cyrl or Latn")
            @Schema(examples = "Cyrl") String script,
            @Schema(description = "defaults to PRIMARY for the first name, TRANSLITERATION for the others")
            NameKind kind) {}

    /** An id in another register. */
    @Schema(name = "ExternalId")
    public record ExternalIdInput(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,49}",
                    message = "must be a lower-case scheme name such as viasna or wikidata") String scheme,
            @NotBlank @Size(max = 200) String value) {}
}
