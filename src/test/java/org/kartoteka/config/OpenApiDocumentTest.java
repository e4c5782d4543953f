package org.kartoteka.config;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code openapi/openapi.yaml} is the served document, byte for byte (up to line
 * endings). Regenerate it after changing the API with
 * {@code ./mvnw -B test -Dtest=OpenApiDocumentTest -Dkartoteka.openapi.update=true}.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    static final String UPDATE_PROPERTY = "kartoteka.openapi.update";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void committedDocumentMatchesTheServedOne() throws IOException {
        String served = served();
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(COMMITTED)) {
            fail(COMMITTED + " is missing. Generate it with: ./mvnw -B test -Dtest=OpenApiDocumentTest -D"
                    + UPDATE_PROPERTY + "=true");
        }
        String committed = normalise(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        if (!committed.equals(served)) {
            fail("The API changed but " + COMMITTED + " did not (" + firstDifference(committed, served)
                    + "). Review the change, then regenerate the file with: ./mvnw -B test -Dtest=OpenApiDocumentTest -D"
                    + UPDATE_PROPERTY + "=true");
        }
    }

    @Test
    void servedDocumentIsDeterministic() {
        assertEquals(served(), served());
    }

    @Test
    void everyApiOperationHasASummaryAndDocumentsAClientError() {
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.from(given()
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract().asString()).getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.forEach((method, operation) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                String name = method.toUpperCase() + " " + path;
                Object summary = operation.get("summary");
                if (!(summary instanceof String text) || text.isBlank()) {
                    missing.add(name + ": no summary");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
                if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                    missing.add(name + ": no 4xx response");
                }
            });
        });
        assertTrue(paths.keySet().stream().anyMatch(p -> p.startsWith("/api/")), "no /api/ paths served");
        assertTrue(missing.isEmpty(), "Operations lacking documentation: " + missing);
    }

    private static String served() {
        return normalise(given()
                .when()
                .get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .extract().asString());
    }

    static String normalise(String document) {
        String unix = document.replace("\r\n", "\n").replace('\r', '\n');
        return unix.endsWith("\n") ? unix : unix + "\n";
    }

    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "first difference at line " + (i + 1) + ": committed '" + a[i] + "', served '" + b[i] + "'";
            }
        }
        return "the committed file has " + a.length + " lines, the served document " + b.length;
    }
}
