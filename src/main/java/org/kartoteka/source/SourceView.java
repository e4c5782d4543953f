package org.kartoteka.source;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.Visibility;

/** A source as the API returns it. */
@Schema(name = "Source")
public record SourceView(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String title,
        String publisher,
        SourceKind kind,
        String url,
        String archiveUrl,
        @Schema(implementation = String.class, examples = "2022-02-07") PartialDate publishedOn,
        String language,
        Reliability reliability,
        String notes,
        Visibility visibility) {

    static SourceView of(Source s) {
        return new SourceView(s.id, s.version, s.createdAt, s.updatedAt, s.title, s.publisher, s.kind, s.url,
                s.archiveUrl, s.publishedOn, s.language, s.reliability, s.notes, s.visibility);
    }
}
