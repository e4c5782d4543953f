package org.kartoteka.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "identifies the kind of problem; see docs/errors.md") String type,
        @Schema(description = "short summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "what went wrong with this request and what to change") String detail,
        @Schema(description = "the request path") String instance,
        @Schema(description = "one entry per invalid field") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a JSON path such as {@code citations[0].sourceId} and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {}
}
