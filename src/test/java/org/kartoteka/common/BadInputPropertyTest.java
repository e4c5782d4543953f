package org.kartoteka.common;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kartoteka.Auth;

/**
 * A property over the whole API: no input reaches a 500, and every 4xx is a problem document. Walks
 * every operation of the served OpenAPI document (so operations added later are walked too), as
 * anonymous and as admin, with generated bad path values, query values, headers and bodies (NUL,
 * lone surrogates, overlong UTF-8, wrong JSON types, huge numbers, deep nesting, ...). Generated
 * with a seeded {@link Random}: a failure names its seed and case, and
 * {@code -Dkartoteka.fuzz.seed=<seed>} repeats it. A plain generator, not a framework: it must run
 * inside {@code verify} within a minute.
 */
@QuarkusTest
class BadInputPropertyTest {

    private static final long SEED = Long.getLong("kartoteka.fuzz.seed", 20261202L);
    private static final int CASES_PER_OPERATION_AND_ROLE = 2;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * Path and query values as they go on the wire (already percent-encoded). Short enough that a
     * request line stays under Vert.x's 4096 bytes: a longer one is answered 414 by the HTTP layer,
     * before any handler, with an empty body (docs/decisions.md).
     */
    private static final List<String> RAW_VALUES = List.of("%00", "a%00b", "%ED%A0%80", "%ED%B0%80x", "%C0%80",
            "%FF%FE", "..%2F..%2Fetc%2Fpasswd", "%0D%0AX-Injected:%201", "x".repeat(300), "%F0%9F%92%A9",
            "s%CC%8C", "-1", "0", "99999999999999999999999", "1e309", "null", "%25", "%20", "'%3B%20drop%20table%20person%3B--",
            "%E2%80%AE", "2021-02-30", "*", "%5B%5D", "true");

    /** Header values an HTTP client can put on the wire (control characters Netty would refuse are left out). */
    private static final List<String> HEADER_VALUES = List.of("\"", "W/\"x\"", "\"-1\"", "*", "x".repeat(2000),
            "\"99999999999999999999\"", "text/csv;;;", "application/json; charset=nope", "Bearer", "Bearer x",
            "Basic Zm9vOmJhcg==", "é", "\t");

    private static final List<String> HEADER_NAMES = List.of("If-Match", "If-None-Match", "Accept", "Content-Type",
            "X-Request-Id", "Accept-Language", "Authorization");

    /** Strings that are JSON-valid but hold what PostgreSQL cannot store, or are odd in other ways. */
    private static final List<String> BAD_STRINGS = List.of("\u0000", "a\u0000b", "\ud800", "x\udc00y", "\udbff",
            "s\u030c", "\u202e", "", " ", "x".repeat(10_000), "2021-13-45", "null", "\ud83d\udca9", "'; drop table person; --");

    private final Random random = new Random(SEED);
    private final ObjectMapper mapper = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> noBadInputReachesA500() throws Exception {
        JsonNode document = mapper.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                for (boolean admin : List.of(false, true)) {
                    for (int i = 0; i < CASES_PER_OPERATION_AND_ROLE; i++) {
                        BadRequest request = generate(document, op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                                op.getValue(), admin);
                        String name = "seed " + SEED + " " + (admin ? "admin " : "anonymous ") + request;
                        tests.add(DynamicTest.dynamicTest(name, () -> request.sendAndCheck(name)));
                    }
                }
            }
        }
        Assertions.assertTrue(tests.size() > 50, "the served document lists too few operations: " + tests.size());
        return tests.stream();
    }

    /** One generated request: method, raw path and query, headers, body (or null). */
    private record BadRequest(boolean admin, String method, String url, Map<String, String> headers, String body) {

        void sendAndCheck(String name) {
            RequestSpecification spec = admin ? Auth.asAdmin() : given();
            spec = spec.urlEncodingEnabled(false).redirects().follow(false);
            for (Map.Entry<String, String> header : headers.entrySet()) {
                spec = spec.header(header.getKey(), header.getValue());
            }
            if (body != null) {
                spec = spec.contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
            }
            Response response = spec.when().request(method, url);
            int status = response.statusCode();
            Assertions.assertTrue(status < 500, () -> name + " answered " + status + ": " + response.asString());
            if (status >= 400) {
                String type = response.contentType();
                Assertions.assertTrue(type != null && type.startsWith(Problem.MEDIA_TYPE),
                        () -> name + " answered " + status + " as " + type + ", not a problem: " + response.asString());
                Assertions.assertEquals(status, response.jsonPath().getInt("status"), name);
                Assertions.assertNotNull(response.jsonPath().getString("type"), name);
                Assertions.assertNotNull(response.jsonPath().getString("title"), name);
            }
        }

        @Override
        public String toString() {
            String shown = url.length() > 120 ? url.substring(0, 120) + "..." : url;
            return method + " " + shown + " " + headers.keySet() + (body == null ? "" : " body "
                    + (body.length() > 80 ? body.substring(0, 80) + "..." : body));
        }
    }

    private BadRequest generate(JsonNode document, String method, String template, JsonNode operation, boolean admin) {
        String path = template;
        java.util.regex.Matcher params = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (params.find()) {
            // Half the time a well-formed id (a record that does not exist), so that the query, headers and body get read.
            String value = random.nextBoolean() ? UUID.randomUUID().toString() : pick(RAW_VALUES);
            path = path.replace(params.group(), value);
        }
        StringBuilder query = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                names.add(parameter.path("name").asText());
            }
        }
        names.add("unknown" + random.nextInt(10));
        for (String name : names) {
            if (random.nextInt(3) > 0) {
                query.append(query.isEmpty() ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(pick(RAW_VALUES));
            }
        }
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        int headerCount = random.nextInt(3);
        for (int i = 0; i < headerCount; i++) {
            String header = pick(HEADER_NAMES);
            if (admin && header.equals("Authorization")) {
                continue;
            }
            headers.put(header, pick(HEADER_VALUES));
        }
        String body = null;
        if (operation.has("requestBody") && !headers.containsKey("Content-Type")) {
            body = badBody(document, operation.path("requestBody").path("content").path("application/json").path("schema"));
        }
        return new BadRequest(admin, method, path + query, headers, body);
    }

    /** A body shaped like the operation's schema (its property names), every value a generated bad one. */
    private String badBody(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        try {
            return switch (random.nextInt(6)) {
                case 0 -> pick(List.of("", "{", "[]", "null", "\"x\"", "{\"a\":" .repeat(2000), "\u0000"));
                default -> mapper.writeValueAsString(objectOf(document, resolved, 0));
            };
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ObjectNode objectOf(JsonNode document, JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (random.nextInt(4) > 0) {
                object.set(property.getKey(), valueFor(document, resolve(document, property.getValue()), depth));
            }
        }
        if (random.nextInt(8) == 0) {
            object.put(pick(BAD_STRINGS), "unknown field");
        }
        return object;
    }

    private JsonNode valueFor(JsonNode document, JsonNode schema, int depth) {
        int roll = random.nextInt(10);
        if (roll < 4 || depth > 2) {
            return JSON.textNode(pick(BAD_STRINGS));
        }
        if (roll < 6) {
            return switch (random.nextInt(6)) {
                case 0 -> JSON.numberNode(Long.MAX_VALUE);
                case 1 -> JSON.numberNode(-1);
                case 2 -> JSON.numberNode(new java.math.BigDecimal("1e400"));
                case 3 -> JSON.booleanNode(true);
                case 4 -> JSON.nullNode();
                default -> JSON.numberNode(0.5);
            };
        }
        if (roll < 8 && schema.has("items")) {
            ArrayNode array = JSON.arrayNode();
            JsonNode items = resolve(document, schema.path("items"));
            for (int i = random.nextInt(3); i >= 0; i--) {
                array.add(items.has("properties") ? objectOf(document, items, depth + 1)
                        : valueFor(document, items, depth + 1));
            }
            return array;
        }
        if (schema.has("properties")) {
            return objectOf(document, schema, depth + 1);
        }
        return random.nextBoolean() ? JSON.arrayNode().add(pick(BAD_STRINGS)) : JSON.objectNode().put(pick(BAD_STRINGS), 1);
    }

    /** Follows {@code $ref} (and the first branch of allOf/oneOf/anyOf) to a schema with properties or items. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (current.has("$ref")) {
                String ref = current.path("$ref").asText();
                current = document.at(ref.substring(1));
            } else if (current.has("allOf") || current.has("oneOf") || current.has("anyOf")) {
                JsonNode branches = current.has("allOf") ? current.path("allOf")
                        : current.has("oneOf") ? current.path("oneOf") : current.path("anyOf");
                current = branches.path(0);
            } else {
                return current;
            }
        }
        return current;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
