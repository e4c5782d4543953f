package org.kartoteka.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The round trip every REST client script makes: read a record, change a field, send the document
 * back. The fields a record's view has and its input has not ({@code id}, {@code version},
 * {@code createdAt}, {@code updatedAt}, derived ones such as {@code displayName}) are read-only: a
 * {@code PUT} may carry them when they are what the record holds now, and they are dropped before
 * the body is read; a value that differs is a 422 naming the field (a different {@code id} above
 * all: the path names the record). A {@code POST} may carry them too (a copy of another record)
 * except {@code id}, which the service assigns. Every other unknown field stays a 400.
 *
 * <p>Generic over the resources: the view is the schema of the operation's 200/201
 * {@code @APIResponse}, the input its body parameter, the current record what its {@code GET {id}}
 * answers the caller.
 */
public class ReadOnlyFields {

    @Inject
    ObjectMapper json;

    @ServerRequestFilter(priority = Priorities.USER + 150, readBody = true)
    public void dropReadOnlyFields(ContainerRequestContext request, ResourceInfo resource) throws IOException {
        Method method = resource.getResourceMethod();
        boolean put = method != null && method.isAnnotationPresent(PUT.class);
        if (method == null || !(put || method.isAnnotationPresent(POST.class)) || !request.hasEntity()) {
            return;
        }
        Set<String> readOnly = readOnly(method);
        if (readOnly.isEmpty()) {
            return;
        }
        byte[] bytes = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(bytes));
        JsonNode body;
        try {
            body = json.readTree(bytes);
        } catch (IOException unreadable) {
            return; // the body reader answers the malformed-JSON problem
        }
        if (!(body instanceof ObjectNode object) || readOnly.stream().noneMatch(object::has)) {
            return;
        }
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        JsonNode current = put && id != null ? current(resource.getResourceClass(), id) : null;
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String field : readOnly) {
            JsonNode sent = object.remove(field);
            if (sent == null || sent.isNull() && !put) {
                continue;
            }
            if (!put && field.equals("id")) {
                errors.add(new Problem.FieldError("id", "the service assigns ids; leave id out when creating"));
            } else if (put && field.equals("id") && !sent.asText().equals(id)) {
                errors.add(new Problem.FieldError("id", "is " + sent.asText() + " but the path names " + id
                        + "; a record's id cannot change"));
            } else if (current != null && !same(sent, current.get(field))) {
                errors.add(new Problem.FieldError(field, "is read-only and the record holds " + current.get(field)
                        + "; send it unchanged or leave it out"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        try {
            request.setEntityStream(new ByteArrayInputStream(json.writeValueAsBytes(object)));
        } catch (IOException unwritable) {
            // Text JSON cannot carry (a lone surrogate): the body as sent goes on, and its reader refuses it.
        }
    }

    private static boolean same(JsonNode sent, JsonNode held) {
        if (held == null) {
            return false;
        }
        if (sent.isNumber() && held.isNumber()) {
            return sent.decimalValue().compareTo(held.decimalValue()) == 0;
        }
        return sent.equals(held);
    }

    /** The view's fields that the body type has not. */
    private static Set<String> readOnly(Method method) {
        Class<?> view = Arrays.stream(method.getAnnotationsByType(APIResponse.class))
                .filter(r -> r.responseCode().startsWith("20") && r.content().length > 0)
                .map(r -> r.content()[0].schema().implementation())
                .filter(Class::isRecord).findFirst().orElse(null);
        Class<?> input = Arrays.stream(method.getParameters()).map(Parameter::getType).filter(Class::isRecord)
                .findFirst().orElse(null);
        if (view == null || input == null) {
            return Set.of();
        }
        Set<String> fields = new LinkedHashSet<>(names(view));
        fields.removeAll(names(input));
        return fields;
    }

    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** The record as the caller reads it ({@code GET {id}} of the same resource), or null when they cannot. */
    private JsonNode current(Class<?> resourceClass, String id) {
        Method get = Arrays.stream(resourceClass.getMethods())
                .filter(m -> m.isAnnotationPresent(GET.class) && m.getParameterCount() == 1
                        && m.getParameterTypes()[0] == String.class && m.isAnnotationPresent(Path.class)
                        && m.getAnnotation(Path.class).value().equals("{id}"))
                .findFirst().orElse(null);
        if (get == null) {
            return null;
        }
        try {
            Object answer = get.invoke(Arc.container().instance(resourceClass).get(), id);
            Object entity = answer instanceof Response response ? response.getEntity() : answer;
            return entity == null ? null : json.valueToTree(entity);
        } catch (InvocationTargetException | IllegalAccessException notReadable) {
            return null; // missing or hidden: the PUT itself answers that
        }
    }
}
