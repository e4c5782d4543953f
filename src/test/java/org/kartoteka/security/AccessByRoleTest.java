package org.kartoteka.security;

import static org.junit.jupiter.api.Assertions.fail;
import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation under /api/ in the served OpenAPI document, as every role: 401 for anonymous
 * callers where a token is needed, 403 for a role without the right, anything else where the role
 * may (a write that is allowed may still be a 404 or 422 here: it is sent an empty body and an
 * unknown id, so that it changes nothing). The expectations are DESIGN.md section 6, written out.
 */
@QuarkusTest
class AccessByRoleTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> SIGNED_IN = EnumSet.of(Role.RESEARCHER, Role.AUDITOR, Role.EDITOR, Role.ADMIN);
    private static final Set<Role> WRITERS = EnumSet.of(Role.RESEARCHER, Role.EDITOR, Role.ADMIN);
    private static final Set<Role> DELETERS = EnumSet.of(Role.EDITOR, Role.ADMIN);

    private record Rule(Pattern methods, Pattern paths, Set<Role> allowed) {
        Rule(String methods, String paths, Set<Role> allowed) {
            this(Pattern.compile(methods), Pattern.compile(paths), allowed);
        }
    }

    /** First match wins; an operation no rule matches fails the test until someone decides. */
    private static final List<Rule> RULES = List.of(
            new Rule(".*", "/api/v1/tokens(/.*)?", EnumSet.of(Role.ADMIN)),
            new Rule("GET", "/api/v1/(export|audit)([/.].*)?", EnumSet.of(Role.AUDITOR, Role.ADMIN)),
            new Rule("GET", "/api/v1/[^/]+/\\{id}/history", SIGNED_IN),
            new Rule("GET", "/api/v1/imports(/.*)?", SIGNED_IN),
            new Rule("GET", "/api/v1/persons/duplicates", EnumSet.of(Role.EDITOR, Role.AUDITOR, Role.ADMIN)),
            new Rule("GET", "/api/v1/persons/\\{id}/duplicates", SIGNED_IN),
            new Rule("POST", "/api/v1/persons/\\{id}/(merge|distinct)", DELETERS),
            new Rule("GET", "/api/.*", EVERYONE),
            new Rule("POST|PUT|PATCH", "/api/.*", WRITERS),
            new Rule("DELETE", "/api/.*", DELETERS));

    @Test
    void everyOperationAnswersEachRoleAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ApiOperations.Operation op : ApiOperations.served().operations()) {
            Set<Role> allowed = allowedFor(op);
            String path = op.path(fillers(op));
            for (Role role : EnumSet.allOf(Role.class)) {
                int status = send(op, path, as(role)).statusCode();
                checked++;
                String expected = allowed.contains(role) ? "allowed" : role == Role.ANONYMOUS ? "401" : "403";
                boolean ok = switch (expected) {
                    case "allowed" -> status != 401 && status != 403;
                    default -> status == Integer.parseInt(expected);
                };
                if (!ok) {
                    wrong.add(op + " as " + role.apiName() + ": expected " + expected + ", got " + status);
                }
            }
        }
        System.out.printf("AccessByRoleTest: %d operation x role combinations checked%n", checked);
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    @Test
    void aWrongTokenIs401OnEveryOperation() {
        List<String> wrong = new ArrayList<>();
        for (ApiOperations.Operation op : ApiOperations.served().operations()) {
            Response response = send(op, op.path(fillers(op)),
                    anonymously().header("Authorization", "Bearer kt_" + UUID.randomUUID()));
            if (response.statusCode() != 401 || !response.header("WWW-Authenticate").startsWith("Bearer")
                    || !response.contentType().startsWith("application/problem+json")) {
                wrong.add(op + ": " + response.statusCode() + " " + response.header("WWW-Authenticate"));
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    private static Set<Role> allowedFor(ApiOperations.Operation op) {
        return RULES.stream()
                .filter(r -> r.methods().matcher(op.method()).matches() && r.paths().matcher(op.template()).matches())
                .findFirst()
                .map(Rule::allowed)
                .orElseThrow(() -> new AssertionError(op + " has no row in AccessByRoleTest.RULES; decide who may call it"));
    }

    private static Map<String, String> fillers(ApiOperations.Operation op) {
        Map<String, String> values = new HashMap<>();
        for (String param : op.pathParams()) {
            if (ApiOperations.namesRecord(param)) {
                values.put(param, UUID.randomUUID().toString());
            } else if (ApiOperations.OTHER_PATH_VALUES.containsKey(param)) {
                values.put(param, ApiOperations.OTHER_PATH_VALUES.get(param).get(0));
            } else {
                throw new AssertionError(op + ": cannot fill {" + param + "}; add values to ApiOperations.OTHER_PATH_VALUES");
            }
        }
        return values;
    }

    private static Response send(ApiOperations.Operation op, String path, RequestSpecification spec) {
        return switch (op.method()) {
            case "GET" -> spec.when().get(path);
            case "DELETE" -> spec.when().delete(path);
            case "POST" -> spec.contentType("application/json").body("{}").when().post(path);
            case "PUT" -> spec.contentType("application/json").header("If-Match", "\"0\"").body("{}").when().put(path);
            case "PATCH" -> spec.contentType("application/json").body("{}").when().patch(path);
            default -> throw new AssertionError(op + ": unexpected method");
        };
    }
}
