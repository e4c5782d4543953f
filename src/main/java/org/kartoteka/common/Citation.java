package org.kartoteka.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * Where a fact came from: a source and the place in it. Every fact record holds a non-empty list
 * of these, each in its own {@code <entity>_citation} table with a foreign key to the source, so
 * that a cited source cannot be deleted.
 */
@Embeddable
public class Citation {

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    public String locator;

    public String quote;

    public String note;

    public Citation() {}

    public Citation(UUID sourceId, String locator, String quote, String note) {
        this.sourceId = sourceId;
        this.locator = locator;
        this.quote = quote;
        this.note = note;
    }
}
