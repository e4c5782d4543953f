package org.kartoteka.changes;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.members.CountedRecord;

/** A person who entered or left a count, why, and the record behind it. */
@Schema(name = "CountChange")
public record Change(
        UUID personId,
        @Schema(description = "the person's display name", nullable = true) String name,
        Reason reason,
        @Schema(description = "the record whose date places the change") CountedRecord record) {}
