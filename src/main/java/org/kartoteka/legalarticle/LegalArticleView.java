package org.kartoteka.legalarticle;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue entry as the API returns it. */
@Schema(name = "LegalArticle")
public record LegalArticleView(UUID id, long version, Instant createdAt, Instant updatedAt, String code,
        String number, String part, String title,
        @Schema(description = "how people cite it", examples = "BY-CC 293 part 2") String citation) {

    static LegalArticleView of(LegalArticle a) {
        return new LegalArticleView(a.id, a.version, a.createdAt, a.updatedAt, a.code, a.number, a.part, a.title,
                a.citation());
    }
}
