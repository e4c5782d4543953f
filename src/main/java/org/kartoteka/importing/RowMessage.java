package org.kartoteka.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error or warning of one row, naming the column (canonical name) it concerns. */
@Schema(name = "ImportRowMessage", description = "what is wrong with one cell of a row, in words a person can act on")
public record RowMessage(
        @Schema(description = "the canonical name of the column, e.g. detained_on; null when the row as a whole",
                nullable = true) String column,
        String message) {

    static RowMessage of(Column column, String message) {
        return new RowMessage(column == null ? null : column.canonical(), message);
    }
}
