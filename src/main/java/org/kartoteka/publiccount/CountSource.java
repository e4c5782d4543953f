package org.kartoteka.publiccount;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a public count comes from: the document behind a reported figure, or the instance's own records. */
@Schema(name = "CountSource")
public record CountSource(String title, String publisher, String url,
        @Schema(examples = "2022-11-04") String publishedOn) {}
