package org.kartoteka.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed in a level between two days: {@code to.value - from.value = entered - left},
 * counting the persons listed and those {@code notShown}.
 */
@Schema(name = "Changes")
public record Changes(
        String metric,
        Value from,
        Value to,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "the instant whose records answered, when asked for", nullable = true)
        Instant asKnownOn,
        @Schema(description = "persons counted on to and not on from, that the caller may read") List<Change> entered,
        @Schema(description = "persons counted on from and not on to, that the caller may read") List<Change> left,
        NotShown notShown) {

    /** The series value on a day. */
    @Schema(name = "ChangesValue")
    public record Value(LocalDate date, long value) {}

    /** Persons who entered or left whom the caller may not read. */
    @Schema(name = "ChangesNotShown")
    public record NotShown(long entered, long left) {}
}
