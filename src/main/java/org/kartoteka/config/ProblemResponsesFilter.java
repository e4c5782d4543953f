package org.kartoteka.config;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation shares, from what the operation is (its method,
 * whether it names a record, whether it takes a body), so that no operation can forget one.
 * Responses an operation documents itself are kept.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        addProblemSchema(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> addProblems(path, method, operation));
            } else {
                item.getOperations().forEach((method, operation) -> addPageProblems(path, operation));
            }
        });
        // The second step: nullable and required properties, complete schemas, security everywhere.
        ContractSchemas.apply(openAPI);
        CsvListResponses.apply(openAPI);
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("this instance: paths are relative to where the document is served"));
        }
    }

    private static void addProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null && openAPI.getComponents().getSchemas().containsKey("Problem")) {
            return;
        }
        var text = OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING);
        var fieldError = OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .description("RFC 9457 problem details")
                .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT)
                .addProperty("type", text)
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.ARRAY).items(fieldError)));
    }

    /** The widget, badge and feeds: public pages outside /api/ that share only these. */
    private static void addPageProblems(String path, Operation operation) {
        Map<String, String> problems = new TreeMap<>();
        if (path.contains("{")) {
            problems.put("404", "no public figure of this name");
        }
        problems.put("400", "a parameter cannot be read (for example a NUL character)");
        problems.put("401", "a bearer token was sent that is unknown, expired or revoked (none is needed here)");
        problems.put("406", "the Accept header asks for a representation this page does not give");
        addAll(operation, problems);
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, String> problems = new TreeMap<>();
        problems.put("400", "the request cannot be read: a malformed id, parameter or body");
        problems.put("401", "the bearer token is unknown, expired or revoked (a wrong token is refused even where none is needed)");
        problems.put("403", "the caller's role may not do this (docs/security.md)");
        problems.put("406", "the Accept header asks for a representation this operation does not give");
        problems.put("415", "the request carries a body of a media type this operation does not read");
        problems.put("500", "an unexpected failure; nothing was saved");
        if (!path.startsWith("/api/v1/public/")) { // public counts are served from memory
            problems.put("503", "the database cannot be reached just now: retry after the seconds Retry-After names");
        }
        boolean namesRecord = path.contains("{");
        if (namesRecord) {
            problems.put("404", "no record with this id, or one the caller may not see");
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)) {
            problems.put("422", "a query parameter has a value the service does not accept: see errors");
        }
        switch (method) {
            case POST, PUT -> {
                problems.put("413", "the body is larger than 1 MiB");
                problems.put("415", "the body is not application/json");
                problems.put("422", "the record breaks a rule: see errors");
            }
            default -> { }
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER
                        && "If-Match".equalsIgnoreCase(p.getName()))) {
            problems.put("412", "the If-Match ETag is stale: someone changed the record");
            problems.put("428", "the If-Match header is missing");
        }
        if (method == PathItem.HttpMethod.PUT) {
            problems.put("409", "the change conflicts with other records");
            problems.put("412", "the If-Match ETag is stale: someone changed the record");
            problems.put("428", "the If-Match header is missing");
        }
        if (method == PathItem.HttpMethod.POST) {
            problems.put("409", "the record conflicts with another one (a duplicate)");
        }
        if (method == PathItem.HttpMethod.DELETE) {
            problems.put("409", "other records still reference this one");
        }
        if (method != PathItem.HttpMethod.GET && path.startsWith("/api/v1/persons/{id}")) {
            problems.put("410", "this person was merged into another (mergedInto names it)");
        }
        addAll(operation, problems);
        if (method == PathItem.HttpMethod.GET && path.startsWith("/api/v1/persons/{id}")
                && operation.getResponses().getAPIResponse("308") == null) {
            operation.getResponses().addAPIResponse("308", OASFactory.createAPIResponse()
                    .description("this person was merged into another: Location names the same path under the survivor"));
        }
    }

    private static void addAll(Operation operation, Map<String, String> problems) {
        APIResponses responses = operation.getResponses();
        problems.forEach((code, description) -> {
            var problem = OASFactory.createContent().addMediaType("application/problem+json",
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
            var declared = responses.getAPIResponse(code);
            if (declared == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problem));
            } else if (declared.getContent() == null || declared.getContent().getMediaTypes() == null
                    || declared.getContent().getMediaTypes().isEmpty()) {
                declared.content(problem); // one SmallRye added (400 "Bad Request" of a validated body) says no body
            }
        });
    }
}
