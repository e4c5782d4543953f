package org.kartoteka.security;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations under /api/ as the served OpenAPI document lists them, so that tests over "every
 * endpoint" cover endpoints added later without being edited.
 */
record ApiOperations(List<Operation> operations) {

    /** One operation: method, path template, its path parameter names and its query parameter names. */
    record Operation(String method, String template, List<String> pathParams, Set<String> queryParams) {

        /** The template with every path parameter replaced from the given values. */
        String path(Map<String, String> values) {
            String path = template;
            for (String name : pathParams) {
                String value = values.get(name);
                if (value == null) {
                    throw new AssertionError(method + " " + template + ": no value for path parameter {" + name + "}");
                }
                path = path.replace("{" + name + "}", value);
            }
            return path;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** Values for path parameters that do not name a record; a test fails on a parameter missing here. */
    static final Map<String, List<String>> OTHER_PATH_VALUES = Map.of(
            "metric", List.of("political-prisoners", "detained"),
            "collection", List.of("sources", "persons", "legal-articles", "cases", "charges", "trials",
                    "detentions", "recognitions", "metrics", "observations"));

    /** Whether a path parameter names a record ({@code id}, {@code personId}, ...). */
    static boolean namesRecord(String param) {
        return param.equals("id") || param.endsWith("Id");
    }

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    static ApiOperations served() {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        try {
            JsonNode paths = new ObjectMapper().readTree(json).path("paths");
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (METHODS.contains(op.getKey())) {
                        operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                                pathParams(path.getKey()), queryParams(path.getValue(), op.getValue())));
                    }
                }
            }
            if (operations.isEmpty()) {
                throw new AssertionError("the served OpenAPI document lists no /api/ operation");
            }
            return new ApiOperations(List.copyOf(operations));
        } catch (java.io.IOException e) {
            throw new AssertionError("the served OpenAPI document is not JSON", e);
        }
    }

    List<Operation> withMethod(String method) {
        return operations.stream().filter(o -> o.method().equals(method)).toList();
    }

    private static List<String> pathParams(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> queryParams(JsonNode pathItem, JsonNode operation) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode params : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode p : params) {
                if ("query".equals(p.path("in").asText())) {
                    names.add(p.path("name").asText());
                }
            }
        }
        return names;
    }
}
