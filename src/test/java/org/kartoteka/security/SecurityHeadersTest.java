package org.kartoteka.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code X-Content-Type-Options: nosniff} on every answer; {@code frame-ancestors 'none'} on every
 * answer but the widget page, which any site may frame. Answers the REST layer never sees are
 * included: the public-count fast route, Swagger UI, health, Vert.x's 404 and the 413 of a body too large.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final String NO_FRAMING = "frame-ancestors 'none'";

    @Test
    void everyAnswerButTheWidgetPageForbidsSniffingAndFraming() {
        Map<String, Response> answers = new HashMap<>();
        for (String path : List.of("/api/v1/persons", "/api/v1/persons/" + UUID.randomUUID(), "/api/v1/persons/x",
                "/api/v1/public/counts/political-prisoners", "/api/v1/tokens", "/q/openapi", "/q/swagger-ui/",
                "/q/health/ready", "/no-such-page", "/badge/political-prisoners.svg", "/widget.js",
                "/widget/no-such-metric")) {
            answers.put("GET " + path, given().redirects().follow(false).when().get(path));
        }
        answers.put("POST /api/v1/sources (2 MB)", given().contentType(ContentType.JSON)
                .body("{\"title\": \"" + "x".repeat(2_000_000) + "\"}").when().post("/api/v1/sources"));
        for (ApiOperations.Operation op : ApiOperations.served().withMethod("GET")) {
            Map<String, String> values = new HashMap<>();
            op.pathParams().forEach(p -> values.put(p, ApiOperations.namesRecord(p) ? UUID.randomUUID().toString()
                    : ApiOperations.OTHER_PATH_VALUES.getOrDefault(p, List.of("x")).get(0)));
            answers.put("GET " + op.template(), given().when().get(op.path(values)));
        }
        List<String> wrong = new ArrayList<>();
        answers.forEach((request, response) -> {
            if (!"nosniff".equals(response.header("X-Content-Type-Options"))) {
                wrong.add(request + " (" + response.statusCode() + "): no X-Content-Type-Options: nosniff");
            }
            List<String> policies = response.headers().getValues("Content-Security-Policy");
            boolean badge = request.startsWith("GET /badge/");
            if (!badge && !policies.equals(List.of(NO_FRAMING))) {
                wrong.add(request + " (" + response.statusCode() + "): Content-Security-Policy " + policies);
            }
        });
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    @Test
    void theWidgetPageMayBeFramedByAnySite() {
        Response page = given().when().get("/widget/political-prisoners");
        assertEquals(200, page.statusCode());
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        List<String> policies = page.headers().getList("Content-Security-Policy").stream().map(Header::getValue).toList();
        assertEquals(1, policies.size(), "one policy, or browsers enforce the stricter: " + policies);
        assertEquals(true, policies.get(0).contains("frame-ancestors *"), policies.get(0));
    }
}
