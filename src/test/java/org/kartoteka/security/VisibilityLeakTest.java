package org.kartoteka.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.kartoteka.Auth.as;
import static org.kartoteka.Auth.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Calls every GET operation under /api/ in the served OpenAPI document as every role, against
 * PUBLIC, RESTRICTED and CONFIDENTIAL persons and a RESTRICTED source, and fails when an answer
 * holds a name, id or external id the role may not see, or when a record the role may not see
 * answers differently from one that does not exist. Endpoints added later are covered as they are.
 */
@QuarkusTest
class VisibilityLeakTest {

    private static final List<Role> ROLES = List.of(Role.ANONYMOUS, Role.RESEARCHER, Role.AUDITOR, Role.EDITOR,
            Role.ADMIN);
    private static final String MARK = "Leakcheck";

    /** A record under test: what identifies it, and who may see it. */
    record Fixture(String label, String id, Set<String> names, Set<Role> seenBy) {}

    private final List<Fixture> fixtures = new ArrayList<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private void createFixtures() {
        String publicSource = source(MARK + "-PublicSource-" + run, "PUBLIC");
        String restrictedTitle = MARK + "-RestrictedSource-" + UUID.randomUUID();
        String restrictedSource = source(restrictedTitle, "RESTRICTED");
        Set<Role> staff = EnumSet.of(Role.RESEARCHER, Role.AUDITOR, Role.EDITOR, Role.ADMIN);
        fixtures.add(new Fixture("RESTRICTED source", restrictedSource, Set.of(restrictedTitle), staff));
        fixtures.add(person("PUBLIC", List.of(publicSource), EnumSet.allOf(Role.class)));
        fixtures.add(person("RESTRICTED", List.of(publicSource, restrictedSource), staff));
        fixtures.add(person("CONFIDENTIAL", List.of(publicSource, restrictedSource), EnumSet.of(Role.EDITOR, Role.ADMIN)));
    }

    @Test
    void noGetOperationShowsARoleWhatItMayNotSee() {
        createFixtures();
        ApiOperations api = ApiOperations.served();
        List<String> leaks = new ArrayList<>();
        Map<String, Set<Role>> seenAnywhere = new HashMap<>();
        int combinations = 0;
        for (ApiOperations.Operation op : api.withMethod("GET")) {
            for (Role role : ROLES) {
                for (Call call : calls(op)) {
                    Response response = call.send(as(role));
                    combinations += call.fixture == null ? fixtures.size() : 1;
                    // An id the caller sent may come back in a 404 (detail, instance): that tells them nothing.
                    // Whether such an answer differs from a missing record's is checked below.
                    String body = call.withoutSentIds(response.asString());
                    for (Fixture f : fixtures) {
                        boolean visible = f.seenBy().contains(role);
                        Set<String> markers = markersOf(f, role, op);
                        for (String marker : markers) {
                            if (body.contains(marker)) {
                                if (visible) {
                                    seenAnywhere.computeIfAbsent(f.label(), k -> new HashSet<>()).add(role);
                                } else {
                                    leaks.add(role.apiName() + " " + call.path + " shows " + f.label() + " (" + marker + ")");
                                }
                            }
                        }
                    }
                    if (call.fixture != null && !call.fixture.seenBy().contains(role)) {
                        String unknownId = UUID.randomUUID().toString();
                        Response unknown = call.withId(op, unknownId).send(as(role));
                        String hidden = response.asString().replace(call.fixture.id(), "<id>");
                        String missing = unknown.asString().replace(unknownId, "<id>");
                        if (response.statusCode() != unknown.statusCode() || !hidden.equals(missing)) {
                            leaks.add(role.apiName() + " " + call.path + " tells " + call.fixture.label()
                                    + " apart from a missing record: " + response.statusCode() + " " + hidden
                                    + " vs " + unknown.statusCode() + " " + missing);
                        }
                    }
                }
            }
        }
        System.out.printf("VisibilityLeakTest: %d GET operations x %d roles, %d operation x role x fixture"
                + " combinations checked%n", api.withMethod("GET").size(), ROLES.size(), combinations);
        if (!leaks.isEmpty()) {
            fail(leaks.size() + " leaks:\n" + String.join("\n", leaks));
        }
        for (Fixture f : fixtures) {
            assertEquals(f.seenBy(), seenAnywhere.getOrDefault(f.label(), Set.of()),
                    f.label() + " must show up for exactly the roles that may see it, or this test checks nothing");
        }
    }

    @Test
    void theLeakCheckFillsEveryPathParameter() {
        for (ApiOperations.Operation op : ApiOperations.served().operations()) {
            for (String param : op.pathParams()) {
                assertTrue(ApiOperations.namesRecord(param) || ApiOperations.OTHER_PATH_VALUES.containsKey(param),
                        op + ": the leak test cannot fill {" + param + "}; add values to ApiOperations.OTHER_PATH_VALUES");
            }
        }
    }

    /**
     * Names and external ids always identify; ids too, except in exports for auditors, which carry the
     * ids of CONFIDENTIAL rows with blank names so that counts reconcile (DESIGN.md section 6).
     */
    private static Set<String> markersOf(Fixture f, Role role, ApiOperations.Operation op) {
        Set<String> markers = new HashSet<>(f.names());
        // Auditors see CONFIDENTIAL persons' rows with ids but without names in the exports and the trail.
        if (!(role == Role.AUDITOR && (op.template().startsWith("/api/v1/export")
                || op.template().startsWith("/api/v1/audit")))) {
            markers.add(f.id());
        }
        return markers;
    }

    /** One request of an operation: the path, its query, and the fixture whose id fills the path, if any. */
    private record Call(String path, Map<String, Object> query, Fixture fixture) {

        Response send(RequestSpecification spec) {
            return spec.queryParams(query).when().get(path);
        }

        String withoutSentIds(String body) {
            String result = body;
            for (String segment : path.split("/")) {
                if (segment.length() == 36) {
                    result = result.replace(segment, "<sent>");
                }
            }
            for (Object value : query.values()) {
                if (value.toString().length() == 36) {
                    result = result.replace(value.toString(), "<sent>");
                }
            }
            return result;
        }

        Call withId(ApiOperations.Operation op, String id) {
            return new Call(path.replace(fixture.id(), id), query, fixture);
        }
    }

    private List<Call> calls(ApiOperations.Operation op) {
        List<Map<String, Object>> queries = queries(op);
        List<Map<String, String>> fillings = new ArrayList<>();
        List<Fixture> owners = new ArrayList<>();
        boolean needsRecord = op.pathParams().stream().anyMatch(ApiOperations::namesRecord);
        for (Fixture f : needsRecord ? fixtures : java.util.Collections.<Fixture>singletonList(null)) {
            for (Map<String, String> other : otherValues(op)) {
                Map<String, String> values = new HashMap<>(other);
                if (f != null) {
                    op.pathParams().stream().filter(ApiOperations::namesRecord).forEach(p -> values.put(p, f.id()));
                }
                fillings.add(values);
                owners.add(f);
            }
        }
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < fillings.size(); i++) {
            for (Map<String, Object> query : queries) {
                calls.add(new Call(op.path(fillings.get(i)), query, owners.get(i)));
            }
        }
        return calls;
    }

    private static List<Map<String, String>> otherValues(ApiOperations.Operation op) {
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(Map.of());
        for (String param : op.pathParams()) {
            if (ApiOperations.namesRecord(param)) {
                continue;
            }
            List<String> values = ApiOperations.OTHER_PATH_VALUES.get(param);
            if (values == null) {
                throw new AssertionError(op + ": cannot fill {" + param + "}; add values to ApiOperations.OTHER_PATH_VALUES");
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> combo : combos) {
                for (String value : values) {
                    Map<String, String> m = new HashMap<>(combo);
                    m.put(param, value);
                    next.add(m);
                }
            }
            combos = next;
        }
        return combos;
    }

    /** A plain read, and where the operation has them: the largest page, a name search, each visibility filter. */
    private List<Map<String, Object>> queries(ApiOperations.Operation op) {
        Map<String, Object> base = new HashMap<>();
        if (op.queryParams().contains("limit")) {
            base.put("limit", 500);
        }
        List<Map<String, Object>> queries = new ArrayList<>();
        queries.add(base);
        if (op.queryParams().contains("q")) {
            queries.add(with(base, "q", MARK));
            queries.add(with(base, "q", run));
        }
        if (op.queryParams().contains("visibility")) {
            for (String v : List.of("PUBLIC", "RESTRICTED", "CONFIDENTIAL")) {
                queries.add(with(base, "visibility", v));
            }
        }
        for (String param : op.queryParams()) {
            if (ApiOperations.namesRecord(param)) {
                for (Fixture f : fixtures) {
                    queries.add(with(base, param, f.id()));
                }
            }
        }
        return queries;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new HashMap<>(base);
        m.put(key, value);
        return m;
    }

    private static String source(String title, String visibility) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(Map.of("title", title, "kind", "INTERVIEW", "visibility", visibility))
                .when()
                .post("/api/v1/sources")
                .then()
                .statusCode(201)
                .extract().path("id");
    }

    private Fixture person(String visibility, List<String> sources, Set<Role> seenBy) {
        String name = MARK + "-" + visibility + "-" + run;
        String alias = "Lk" + visibility.charAt(0) + UUID.randomUUID().toString().replace("-", "");
        String externalId = "lk-" + UUID.randomUUID();
        String id = asEditor()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "names", List.of(Map.of("value", name, "lang", "en", "script", "Latn"),
                                Map.of("value", alias, "kind", "ALIAS")),
                        "visibility", visibility,
                        "externalIds", List.of(Map.of("scheme", "leakcheck", "value", externalId)),
                        "citations", sources.stream().map(s -> Map.of("sourceId", s, "locator", "p. 1")).toList()))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(201)
                .extract().path("id");
        return new Fixture(visibility + " person", id, Set.of(name, alias, externalId), seenBy);
    }
}
