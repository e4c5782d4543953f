package org.kartoteka.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Makes the document say what the answers hold, so that clients generated from it do not break on
 * real data (OpenAPI 3.1, JSON Schema 2020-12):
 * <ul>
 *   <li>a property that is not {@code required} may be absent or {@code null}: its type array gains
 *       {@code "null"} (a {@code $ref} becomes {@code anyOf: [$ref, null]});</li>
 *   <li>in schemas only answers use, the fields always filled ({@link #RECORD_FIELDS}, a page's items, {@link #PROBLEM_FIELDS})
 *       and every array are required, and so never null;</li>
 *   <li>Jackson's {@code JsonNode} (the audit trail's row images) is any JSON object;</li>
 *   <li>the operations outside /api/ (widget, badge) declare that they need no token.</li>
 * </ul>
 * Generic over the document: schemas and operations added later get the same treatment.
 */
final class ContractSchemas {

    /** The fields every stored record has, always filled in its answers. */
    static final Set<String> RECORD_FIELDS = Set.of("id", "version", "createdAt", "updatedAt");
    /** The fields a problem document always has. */
    static final Set<String> PROBLEM_FIELDS = Set.of("type", "title", "status");

    /**
     * Arrays the service leaves out when empty or not asked for (a problem's errors, a series' groups
     * without groupBy, its points with groupBy).
     */
    static final Set<String> OMITTED_WHEN_EMPTY = Set.of("errors", "groups", "points");

    private static final String COMPONENTS = "#/components/schemas/";
    private static final String JSON_NODE = "JsonNode";

    private ContractSchemas() {}

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> answerOnly = answerOnly(openAPI, schemas);
        Map<String, Schema> copy = new LinkedHashMap<>(schemas);
        copy.forEach((name, schema) -> visit(schema, answerOnly.contains(name)));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
            }
            forEachSchema(operation, schema -> visit(schema, true));
        }));
        if (!referenced(openAPI, JSON_NODE)) {
            openAPI.getComponents().removeSchema(JSON_NODE);
            openAPI.getComponents().removeSchema("JsonNodeType");
        }
    }

    private static void visit(Schema schema, boolean answerOnly) {
        if (schema == null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            for (String name : new ArrayList<>(properties.keySet())) {
                Schema property = properties.get(name);
                if (answerOnly && alwaysPresent(schema, name, property)) {
                    if (schema.getRequired() == null || !schema.getRequired().contains(name)) {
                        schema.addRequired(name);
                    }
                }
                boolean required = schema.getRequired() != null && schema.getRequired().contains(name);
                Schema fixed = jsonNode(property);
                if (!required) {
                    fixed = nullable(fixed);
                }
                if (fixed != property) {
                    schema.addProperty(name, fixed);
                }
                visit(fixed, answerOnly);
            }
        }
        visit(schema.getItems(), answerOnly);
        if (schema.getAnyOf() != null) {
            schema.getAnyOf().forEach(branch -> visit(branch, answerOnly));
        }
    }

    /**
     * In an answer: the record fields of a record (a schema with a version or a creation time), a
     * page's items, a problem's type, title and status, and every array but those left out when empty
     * and those declared nullable already (an audit event's before and after).
     */
    private static boolean alwaysPresent(Schema schema, String name, Schema property) {
        Set<String> names = schema.getProperties().keySet();
        boolean record = names.contains("version") || names.contains("createdAt");
        return record && RECORD_FIELDS.contains(name) || name.equals("items")
                || names.containsAll(PROBLEM_FIELDS) && PROBLEM_FIELDS.contains(name)
                || isArray(property) && !OMITTED_WHEN_EMPTY.contains(name) && !isNullable(property);
    }

    private static boolean isNullable(Schema schema) {
        return schema.getType() != null && schema.getType().contains(SchemaType.NULL);
    }

    /** A reference to Jackson's JsonNode, or a schema SmallRye guessed for one, as "any JSON object". */
    private static Schema jsonNode(Schema property) {
        boolean refersToNode = (COMPONENTS + JSON_NODE).equals(property.getRef()) || property.getAnyOf() != null
                && property.getAnyOf().stream().anyMatch(s -> (COMPONENTS + JSON_NODE).equals(s.getRef()));
        if (!refersToNode) {
            return property;
        }
        return OASFactory.createSchema().addType(SchemaType.OBJECT).additionalPropertiesBoolean(true)
                .description(property.getDescription());
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema ref = OASFactory.createSchema().ref(property.getRef());
            return OASFactory.createSchema().description(property.getDescription())
                    .addAnyOf(ref).addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
        }
        if (property.getAnyOf() != null) {
            if (property.getAnyOf().stream().noneMatch(ContractSchemas::isNull)) {
                property.addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
            }
            property.setType(null);
            return property;
        }
        List<SchemaType> types = property.getType();
        if (types != null && !types.isEmpty() && !types.contains(SchemaType.NULL)) {
            property.addType(SchemaType.NULL);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                property.addEnumeration(null);
            }
        }
        return property;
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(SchemaType.NULL));
    }

    private static boolean isArray(Schema schema) {
        return schema.getType() != null && schema.getType().contains(SchemaType.ARRAY) && schema.getRef() == null;
    }

    /** Schemas that only answers use (so a required field is a promise of the service, not a demand on clients). */
    private static Set<String> answerOnly(OpenAPI openAPI, Map<String, Schema> schemas) {
        Set<String> request = new HashSet<>();
        Set<String> answer = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            if (op.getRequestBody() != null) {
                refs(op.getRequestBody().getContent(), request);
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> refs(r.getContent(), answer));
            }
        }));
        close(request, schemas);
        close(answer, schemas);
        answer.removeAll(request);
        return answer;
    }

    private static void refs(Content content, Set<String> names) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> collect(m.getSchema(), names));
        }
    }

    private static void close(Set<String> names, Map<String, Schema> schemas) {
        boolean grew = true;
        while (grew) {
            int before = names.size();
            for (String name : new ArrayList<>(names)) {
                collect(schemas.get(name), names);
            }
            grew = names.size() > before;
        }
    }

    private static void collect(Schema schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(COMPONENTS)) {
            names.add(schema.getRef().substring(COMPONENTS.length()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> collect(p, names));
        }
        collect(schema.getItems(), names);
        collect(schema.getAdditionalPropertiesSchema(), names);
        for (List<Schema> branches : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (branches != null) {
                branches.forEach(b -> collect(b, names));
            }
        }
    }

    private static boolean referenced(OpenAPI openAPI, String name) {
        Set<String> names = new HashSet<>();
        openAPI.getComponents().getSchemas().forEach((other, schema) -> {
            if (!other.equals(name) && !other.equals("JsonNodeType")) {
                collect(schema, names);
            }
        });
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(op -> forEachSchema(op, s -> collect(s, names))));
        return names.contains(name);
    }

    private static void forEachSchema(Operation operation, java.util.function.Consumer<Schema> action) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> action.accept(m.getSchema()));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(r -> {
                if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                    r.getContent().getMediaTypes().values().forEach(m -> action.accept(m.getSchema()));
                }
            });
        }
    }
}
