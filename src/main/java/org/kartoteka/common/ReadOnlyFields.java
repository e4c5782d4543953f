package org.kartoteka.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The round trip every REST client script makes: read a record, change a field, send the document
 * back. The fields a record's view has and its input has not ({@code id}, {@code version},
 * {@code createdAt}, {@code updatedAt}, derived ones such as {@code displayName}) are read-only: a
 * {@code PUT} may carry them when they are what the record holds now, and they are dropped before
 * the body is read; a value that differs is a 422 naming the field (a different {@code id} above
 * all: the path names the record). A {@code POST} may carry them too (a copy of another record)
 * except {@code id}, which the service assigns. Every other unknown field stays a 400. Nested objects and
 * arrays of objects are walked the same way (a charge's {@code article} carries the catalogue entry's
 * {@code id}, {@code title}, {@code citation}): a nested read-only field equal to the same place of the
 * stored record is dropped, a different one is a 422 naming its JSON path ({@code article.id}).
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
        Map<String, ReadOnly> readOnly = readOnly(method);
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
        if (!(body instanceof ObjectNode object) || readOnly.keySet().stream().noneMatch(object::has)) {
            return;
        }
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        boolean idReadOnly = readOnly.containsKey("id");
        if (!put && idReadOnly && object.hasNonNull("id")) {
            throw ProblemException.invalid(List.of(
                    new Problem.FieldError("id", "the service assigns ids; leave id out when creating")));
        }
        if (put && idReadOnly && id != null && object.hasNonNull("id") && !object.get("id").asText().equals(id)) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("id", "is " + object.get("id").asText()
                    + " but the path names " + id + "; a record's id cannot change")));
        }
        JsonNode current = put && id != null ? current(resource.getResourceClass(), id) : null;
        List<Problem.FieldError> errors = new ArrayList<>();
        drop(object, current, readOnly, "", put, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        try {
            request.setEntityStream(new ByteArrayInputStream(json.writeValueAsBytes(object)));
        } catch (IOException unwritable) {
            // Text JSON cannot carry (a lone surrogate): the body as sent goes on, and its reader refuses it.
        }
    }

    /**
     * Removes the read-only fields of {@code object} (at JSON path {@code prefix}), nested objects and arrays
     * included, comparing each with the same place of the stored record ({@code held}, null when there is none
     * to compare with: a create, or an array element the record has not).
     */
    private static void drop(ObjectNode object, JsonNode held, Map<String, ReadOnly> readOnly, String prefix,
            boolean put, List<Problem.FieldError> errors) {
        for (Map.Entry<String, ReadOnly> field : readOnly.entrySet()) {
            String name = field.getKey();
            String path = prefix + name;
            JsonNode heldValue = held == null ? null : held.get(name);
            if (field.getValue().whole()) {
                JsonNode sent = object.remove(name);
                if (sent == null || sent.isNull() && !put || prefix.isEmpty() && name.equals("id")) {
                    continue; // the record's own id was checked against the path already
                }
                if (held != null && !same(sent, heldValue)) {
                    errors.add(new Problem.FieldError(path, "is read-only and the record holds " + heldValue
                            + "; send it unchanged or leave it out"));
                }
                continue;
            }
            JsonNode sent = object.get(name);
            if (sent instanceof ObjectNode nested) {
                drop(nested, heldValue, field.getValue().fields(), path + ".", put, errors);
            } else if (sent instanceof ArrayNode elements) {
                for (int i = 0; i < elements.size(); i++) {
                    if (elements.get(i) instanceof ObjectNode element) {
                        JsonNode heldElement = heldValue == null ? null : heldValue.get(i);
                        drop(element, heldElement, field.getValue().fields(), path + "[" + i + "].", put, errors);
                    }
                }
            }
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

    /**
     * A field of a view as a request body may carry it: read-only as a whole (the input has no such field), or
     * an object or array of objects whose own {@code fields} (view against input, recursively) hold read-only ones.
     */
    private record ReadOnly(Map<String, ReadOnly> fields) {
        static final ReadOnly WHOLE = new ReadOnly(Map.of());

        boolean whole() {
            return this == WHOLE;
        }
    }

    /** The view's fields that the body type has not, at any depth. */
    private static Map<String, ReadOnly> readOnly(Method method) {
        Class<?> view = Arrays.stream(method.getAnnotationsByType(APIResponse.class))
                .filter(r -> r.responseCode().startsWith("20") && r.content().length > 0)
                .map(r -> r.content()[0].schema().implementation())
                .filter(Class::isRecord).findFirst().orElse(null);
        Class<?> input = Arrays.stream(method.getParameters()).map(Parameter::getType).filter(Class::isRecord)
                .findFirst().orElse(null);
        if (view == null || input == null) {
            return Map.of();
        }
        return readOnly(view, input);
    }

    private static Map<String, ReadOnly> readOnly(Type viewType, Type inputType) {
        Class<?> view = element(viewType);
        Class<?> input = element(inputType);
        if (view == null || input == null || view == input || !view.isRecord() || !input.isRecord()) {
            return Map.of();
        }
        Map<String, RecordComponent> inputs = new LinkedHashMap<>();
        for (RecordComponent component : input.getRecordComponents()) {
            inputs.put(component.getName(), component);
        }
        Map<String, ReadOnly> fields = new LinkedHashMap<>();
        for (RecordComponent component : view.getRecordComponents()) {
            RecordComponent counterpart = inputs.get(component.getName());
            if (counterpart == null) {
                fields.put(component.getName(), ReadOnly.WHOLE);
                continue;
            }
            Map<String, ReadOnly> nested = readOnly(component.getGenericType(), counterpart.getGenericType());
            if (!nested.isEmpty()) {
                fields.put(component.getName(), new ReadOnly(nested));
            }
        }
        return fields;
    }

    /** The class of a field, or of its elements when it is a collection. */
    private static Class<?> element(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return element(generic.getActualTypeArguments()[0]);
        }
        return null;
    }

    /**
     * The record as the caller reads it now ({@code GET {id}} of the same resource, its optional query
     * parameters such as {@code asKnownOn} left out), or null when they cannot.
     */
    private JsonNode current(Class<?> resourceClass, String id) {
        Method get = Arrays.stream(resourceClass.getMethods())
                .filter(m -> m.isAnnotationPresent(GET.class) && m.getParameterCount() >= 1
                        && m.getParameterTypes()[0] == String.class && m.isAnnotationPresent(Path.class)
                        && m.getAnnotation(Path.class).value().equals("{id}")
                        && Arrays.stream(m.getParameterTypes()).noneMatch(Class::isPrimitive))
                .findFirst().orElseThrow(() -> new IllegalStateException(resourceClass.getSimpleName()
                        + " has a PUT {id} with read-only fields but no GET {id} to compare them with"));
        Object[] arguments = new Object[get.getParameterCount()];
        arguments[0] = id;
        try {
            Object answer = get.invoke(Arc.container().instance(resourceClass).get(), arguments);
            Object entity = answer instanceof Response response ? response.getEntity() : answer;
            return entity == null ? null : json.valueToTree(entity);
        } catch (InvocationTargetException | IllegalAccessException notReadable) {
            return null; // missing or hidden: the PUT itself answers that
        }
    }
}
