package org.kartoteka.legalarticle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue entry as clients create or replace it. */
@Schema(name = "LegalArticleInput")
public record LegalArticleInput(
        @NotBlank @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,10}", message = "must be a code such as BY-CC or BY-CAO")
        @Schema(required = true, examples = "BY-CC") String code,
        @NotBlank @Pattern(regexp = "[0-9]+(\\.[0-9]+)?(-[0-9]+)?", message = "must be an article number such as 342 or 361-1")
        @Schema(required = true, examples = "342") String number,
        @Pattern(regexp = "[0-9]{1,3}", message = "must be a part number such as 1 or 2") String part,
        @NotBlank @Size(max = 500) @Schema(required = true) String title) {

    void copyTo(LegalArticle article) {
        article.code = code.strip();
        article.number = number.strip();
        article.part = part == null || part.isBlank() ? null : part.strip();
        article.title = title.strip();
    }
}
