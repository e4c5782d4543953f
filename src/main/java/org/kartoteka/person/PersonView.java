package org.kartoteka.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.Visibility;

/** A person as the API returns them. */
@Schema(name = "Person")
public record PersonView(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String displayName,
        List<PersonInput.NameInput> names,
        Gender gender,
        @Schema(implementation = String.class) PartialDate birthDate,
        @Schema(implementation = String.class) PartialDate diedOn,
        String region,
        String occupation,
        List<String> tags,
        String description,
        List<PersonInput.ExternalIdInput> externalIds,
        Visibility visibility,
        List<CitationInput> citations) {

    static PersonView of(Person p) {
        return new PersonView(p.id, p.version, p.createdAt, p.updatedAt, p.displayName,
                p.names.stream().map(n -> new PersonInput.NameInput(n.value, n.lang, n.script, n.kind)).toList(),
                p.gender, p.birthDate, p.diedOn, p.region, p.occupation, List.copyOf(p.tags), p.description,
                p.externalIds.stream().map(x -> new PersonInput.ExternalIdInput(x.scheme, x.value)).toList(),
                p.visibility, p.citations.stream().map(CitationInput::of).toList());
    }
}
