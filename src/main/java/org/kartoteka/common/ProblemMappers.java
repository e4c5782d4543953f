package org.kartoteka.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problems. Titles name the kind of problem,
 * never a Java class; details say what to change; stack traces stay in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** What a 503 asks the client to wait: about the time a restarting PostgreSQL needs. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response invalidBean(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), messageOf(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        ProblemException problem = ProblemException.invalid(errors);
        return respond(problem.type(), problem.getMessage(), uri, errors);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, JsonParseException.class,
            ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (!(e instanceof JsonMappingException mapping)) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            return respond(ProblemType.MALFORMED_JSON, "The body is not valid JSON" + where
                    + ": " + e.getOriginalMessage(), uri, List.of());
        }
        String field = JsonPaths.of(mapping.getPath());
        String message = fieldMessage(mapping);
        return respond(ProblemType.INVALID_FIELD, (field.isEmpty() ? "The body" : field) + ": " + message, uri,
                List.of(new Problem.FieldError(field.isEmpty() ? JsonPaths.BODY : field, message)));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri, Request request) {
        return respond(ProblemType.METHOD_NOT_ALLOWED, uri.getPath() + " does not accept " + request.getMethod()
                + "; the OpenAPI document at /q/openapi lists the methods of every path.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Send the body as application/json with a Content-Type header saying so.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return respond(ProblemType.NOT_ACCEPTABLE,
                "This resource answers in application/json; ask for that in the Accept header.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        ProblemType type = Arrays.stream(ProblemType.values()).filter(t -> t.status() == status)
                .findFirst().orElse(status >= 500 ? ProblemType.INTERNAL : ProblemType.BAD_REQUEST);
        String detail = switch (status) {
            case 404 -> "There is nothing at " + uri.getPath() + "; see /q/openapi for the paths of the API.";
            case 413 -> "The body is larger than this service accepts; split the request into smaller ones.";
            default -> e.getMessage();
        };
        return respond(type, detail, uri, List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED,
                "Someone changed the record while you were saving it; read it again and repeat your change.",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(e)) {
            return databaseUnavailable(e, uri);
        }
        SQLException sql = SqlStates.find(e);
        if (sql != null && SqlStates.isIntegrityViolation(sql)) {
            return respond(SqlStates.problemType(sql), SqlStates.describe(sql), uri, List.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", incident, uri.getPath());
        return respond(ProblemType.INTERNAL, "Something went wrong on our side (incident " + incident
                + "). Nothing was saved; please try again or report the incident id.", uri, List.of());
    }

    /**
     * The database is down or restarting: a 503 the client may retry after a few seconds. One
     * warning line per request, no stack trace: an outage would otherwise flood the log.
     */
    private static Response databaseUnavailable(Throwable e, UriInfo uri) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LOG.warnf("Database unavailable on %s: %s", uri.getPath(), root.getMessage());
        return Response.fromResponse(respond(ProblemType.UNAVAILABLE, "The database cannot be reached just now;"
                + " try again in a few seconds. A write answered this way may or may not have been saved:"
                + " read the record before repeating it.", uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(type.problem(detail, uri.getPath(), errors))
                .build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        return JsonPaths.ofValidation(violation.getPropertyPath());
    }

    /** A missing body fails the {@code @NotNull} on the body parameter; say what to send instead of "must not be null". */
    private static String messageOf(ConstraintViolation<?> violation) {
        if (violation.getInvalidValue() == null && JsonPaths.BODY.equals(fieldOf(violation))) {
            return "the body is empty: send the record as a JSON object with Content-Type application/json";
        }
        return violation.getMessage();
    }

    private static String fieldMessage(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a field of this record; known fields: " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "'" + format.getValue() + "' is not one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not a valid " + JsonPaths.typeName(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return "expected " + JsonPaths.typeName(mismatch.getTargetType()) + " here";
        }
        return e.getOriginalMessage();
    }
}
