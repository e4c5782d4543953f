package org.kartoteka.members;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person counted in a figure, with the records that put them there. */
@Schema(name = "Member")
public record Member(
        UUID personId,
        @Schema(description = "the person's display name", nullable = true) String name,
        List<CountedRecord> records) {}
