package org.kartoteka.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kartoteka.common.NotInFuture;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.Visibility;

/** A source as clients create or replace it. */
@Schema(name = "SourceInput", description = "a document facts come from")
public record SourceInput(
        @NotBlank @Size(max = 500) @Schema(required = true, examples = "Belarus Review by iSANS — February 7, 2022")
        String title,
        @Size(max = 500) String publisher,
        @NotNull @Schema(required = true) SourceKind kind,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String archiveUrl,
        @NotInFuture @Schema(implementation = String.class, description = "year, month or day: 2022, 2022-02 or 2022-02-07",
                examples = "2022-02-07") PartialDate publishedOn,
        @Size(max = 35) @Schema(description = "BCP 47 language tag", examples = "en") String language,
        @Schema(description = "defaults to UNKNOWN") Reliability reliability,
        @Size(max = 10000) String notes,
        @Schema(description = "PUBLIC or RESTRICTED (a confidential interview); defaults to RESTRICTED so that"
                + " nothing becomes public by accident") Visibility visibility) {

    void copyTo(Source source) {
        source.title = title.strip();
        source.publisher = publisher;
        source.kind = kind;
        source.url = url;
        source.archiveUrl = archiveUrl;
        source.publishedOn = publishedOn;
        source.language = language;
        source.reliability = reliability == null ? Reliability.UNKNOWN : reliability;
        source.notes = notes;
        source.visibility = visibility == null ? Visibility.RESTRICTED : visibility;
    }
}
