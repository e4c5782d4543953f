package org.kartoteka.importing;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a job's report, as {@code GET /api/v1/imports/{id}/rows} answers it. */
@Schema(name = "ImportRow", description = "what an import did with one row of the file")
public record ImportRowView(
        @Schema(description = "1 = the first data row (the header is not counted)") int row,
        @Schema(description = "scheme:value of the row's person", nullable = true) String externalId,
        RowOutcome outcome,
        @Schema(description = "why the row was rejected, by column") List<RowMessage> errors,
        @Schema(description = "what the import did not record, or read in a way worth checking") List<RowMessage> warnings,
        @Schema(description = "the ids of the records the row wrote (or, in a dry run, would write), by kind:"
                + " person, case, charges, trial, detentions, recognition") Map<String, Object> records,
        @Schema(description = "for UPDATED: the fields that changed, e.g. person.region, detention.PRETRIAL.endedOn")
        List<String> changedFields,
        @Schema(description = "for POSSIBLE_DUPLICATE the person the row may describe; also on a row created anyway"
                + " (onDuplicate=create) or linked (onDuplicate=link)", nullable = true)
        PossibleDuplicate possibleDuplicate) {}
