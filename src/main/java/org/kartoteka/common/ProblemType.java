package org.kartoteka.common;

/** The kinds of problem Kartoteka answers with; docs/errors.md explains each. */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "The request cannot be read"),
    MALFORMED_JSON(400, "malformed-json", "The body is not valid JSON"),
    INVALID_FIELD(400, "invalid-field", "A field has the wrong type or format"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed for this role"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the stored records"),
    MERGED(410, "merged", "The record was merged into another"),
    PRECONDITION_FAILED(412, "stale-version", "The record has changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "body-too-large", "The body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    VALIDATION(422, "validation", "The record is not valid"),
    PRECONDITION_REQUIRED(428, "if-match-required", "If-Match header required"),
    INTERNAL(500, "internal", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "urn:kartoteka:problem:" + slug;
    }

    public String title() {
        return title;
    }

    public Problem problem(String detail, String instance, java.util.List<Problem.FieldError> errors) {
        return new Problem(uri(), title, status, detail, instance, errors);
    }
}
