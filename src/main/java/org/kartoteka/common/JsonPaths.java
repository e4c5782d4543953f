package org.kartoteka.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Writes where in a request body something went wrong, as {@code citations[0].sourceId}. */
final class JsonPaths {

    /** The field name of errors about the body as a whole. */
    static final String BODY = "(body)";

    private JsonPaths() {}

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            }
        }
        return out.toString();
    }

    /** The body-relative path of a Bean Validation violation, without the method and parameter names. */
    static String ofValidation(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                if (node.getKind() == ElementKind.PARAMETER && !isBodyParameter(node)) {
                    out.append(node.getName());
                }
                continue;
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? BODY : out.toString();
    }

    private static boolean isBodyParameter(Path.Node node) {
        return "body".equals(node.getName()) || "request".equals(node.getName());
    }

    static String typeName(Class<?> type) {
        if (type == UUID.class) {
            return "id (a UUID such as 3f2b8c1e-0c1d-4a52-9a5e-2f1d8f0b7c11)";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (type == PartialDate.class) {
            return "date (2021, 2021-03 or 2021-03-17)";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "timestamp (ISO 8601, like 2026-01-31T12:00:00Z)";
        }
        if (type == String.class) {
            return "string";
        }
        return "object";
    }
}
