package org.kartoteka.common;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.source.CitationReader;

/** A citation as clients send and receive it. */
@Schema(name = "Citation", description = "where a fact came from: a source and the place in it")
public record CitationInput(
        @NotNull @Schema(description = "id of the cited source", required = true) UUID sourceId,
        @Size(max = 500) @Schema(description = "page, paragraph, section or timestamp in the source", examples = "paragraph 2")
        String locator,
        @Size(max = 4000) @Schema(description = "the words of the source that support the fact") String quote,
        @Size(max = 4000) @Schema(description = "the researcher's note on this citation") String note,
        @Schema(readOnly = true, description = "true when the cited source is RESTRICTED; anonymous readers then get"
                + " neither its locator nor its quote. Ignored when sent.") Boolean sourceRestricted) {

    public CitationInput(UUID sourceId, String locator, String quote, String note) {
        this(sourceId, locator, quote, note, null);
    }

    public Citation toEmbeddable() {
        return new Citation(sourceId, locator, quote, note);
    }

    /** The citation as the caller of the current request may read it (see {@link CitationReader}). */
    public static CitationInput of(Citation c) {
        return CitationReader.read(c);
    }
}
