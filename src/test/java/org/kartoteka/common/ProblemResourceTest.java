package org.kartoteka.common;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/**
 * One test per class of client failure on /api/v1/sources: each must answer an RFC 9457 problem
 * with the right status and type, and a detail a person can act on that leaks no Java internals.
 */
@QuarkusTest
class ProblemResourceTest {

    private static final String SOURCES = "/api/v1/sources";

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL service;
    private static final String VALID = """
            {"title": "A report", "kind": "REPORT", "publishedOn": "2021-03"}""";

    /** A detail with no class names, package names or stack frames. */
    static Matcher<String> actionable() {
        return allOf(
                not(containsString("Exception")),
                not(containsString("java.")),
                not(containsString("com.fasterxml")),
                not(containsString("org.kartoteka")),
                not(containsString("jakarta.")),
                not(containsString("StreamReadFeature")),
                not(containsString("\tat ")),
                not(containsString("[Source:")));
    }

    static ValidatableResponse assertProblem(ValidatableResponse response, int status, String slug) {
        return response
                .statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("type", equalTo("urn:kartoteka:problem:" + slug))
                .body("title", actionable())
                .body("detail", actionable());
    }

    private static ValidatableResponse post(String body) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(SOURCES)
                .then();
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(post("{\"title\": \"Unfinished\", "), 400, "malformed-json")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongTypeOfAnEnumFieldIs400NamingTheField() {
        assertProblem(post("""
                {"title": "A report", "kind": []}"""), 400, "invalid-field")
                .body("errors.field", hasItem("kind"))
                .body("detail", containsString("REPORT"));
    }

    @Test
    void wrongTypeOfADateFieldIs400NamingTheField() {
        assertProblem(post("""
                {"title": "A report", "kind": "REPORT", "publishedOn": {}}"""), 400, "invalid-field")
                .body("errors.field", hasItem("publishedOn"))
                .body("detail", containsString("2021-03-17"));
    }

    @Test
    void wrongTypeOfATextFieldIs400NamingTheField() {
        assertProblem(post("""
                {"title": {"en": "A report"}, "kind": "REPORT"}"""), 400, "invalid-field")
                .body("errors.field", hasItem("title"))
                .body("detail", containsString("string"));
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() {
        assertProblem(post("""
                {"title": "A report", "kind": "PAMPHLET"}"""), 400, "invalid-field")
                .body("errors.field", hasItem("kind"))
                .body("detail", allOf(containsString("PAMPHLET"), containsString("REPORT"),
                        containsString("COURT_RECORD")));
    }

    @Test
    void unknownFieldIsRejectedNamingTheKnownOnes() {
        assertProblem(post("""
                {"title": "A report", "kind": "REPORT", "colour": "red"}"""), 400, "invalid-field")
                .body("errors.field", hasItem("colour"))
                .body("detail", allOf(containsString("not a field"), containsString("publishedOn")));
    }

    @Test
    void impossibleDateIs400() {
        assertProblem(post("""
                {"title": "A report", "kind": "REPORT", "publishedOn": "2021-02-30"}"""), 400, "invalid-field")
                .body("errors.field", hasItem("publishedOn"))
                .body("detail", containsString("2021-02-30"));
    }

    @Test
    void malformedDateIs400() {
        assertProblem(post("""
                {"title": "A report", "kind": "REPORT", "publishedOn": "21-3"}"""), 400, "invalid-field")
                .body("errors.field", hasItem("publishedOn"))
                .body("detail", containsString("2021-03"));
    }

    @Test
    void futureDateIs422() {
        String nextYear = String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear() + 1);
        assertProblem(post("""
                {"title": "A report", "kind": "REPORT", "publishedOn": "%s"}""".formatted(nextYear)), 422, "validation")
                .body("errors.field", hasItem("publishedOn"))
                .body("detail", containsString("future"));
    }

    @Test
    void missingRequiredFieldsAre422WithOneErrorEach() {
        assertProblem(post("""
                {"publisher": "Nobody"}"""), 422, "validation")
                .body("errors.field", allOf(hasItem("title"), hasItem("kind")));
    }

    @Test
    void emptyBodyIs422() {
        assertProblem(asEditor()
                .contentType(ContentType.JSON)
                .when()
                .post(SOURCES)
                .then(), 422, "validation")
                .body("detail", containsString("JSON"));
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String notes = "x".repeat(1024 * 1024 + 1);
        assertProblem(post("""
                {"title": "Huge", "kind": "REPORT", "notes": "%s"}""".formatted(notes)), 413, "body-too-large")
                .body("detail", containsString("1048576"));
    }

    @Test
    void chunkedBodyOverOneMebibyteIs413AndWritesNothing() throws Exception {
        String title = "Chunked " + UUID.randomUUID();
        byte[] body = ("{\"title\": \"" + title + "\", \"kind\": \"REPORT\", \"notes\": \"" + "x".repeat(2 * 1024 * 1024)
                + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // ofInputStream has no length: the client sends Transfer-Encoding: chunked, no Content-Length
        var request = java.net.http.HttpRequest.newBuilder(service.toURI().resolve(SOURCES))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + org.kartoteka.Auth.token(org.kartoteka.security.Role.EDITOR))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        var response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        org.hamcrest.MatcherAssert.assertThat(response.statusCode(), equalTo(413));
        org.hamcrest.MatcherAssert.assertThat(response.body(), allOf(containsString("body-too-large"),
                containsString("without a Content-Length")));
        asEditor().queryParam("q", title).when().get(SOURCES).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void badUuidInPathIs400() {
        assertProblem(asEditor()
                .when()
                .get(SOURCES + "/not-a-uuid")
                .then(), 400, "bad-request")
                .body("detail", containsString("UUID"));
    }

    @Test
    void unknownIdIs404() {
        UUID id = UUID.randomUUID();
        assertProblem(asEditor()
                .when()
                .get(SOURCES + "/{id}", id)
                .then(), 404, "not-found")
                .body("detail", containsString(id.toString()));
    }

    @Test
    void plainTextBodyIs415() {
        assertProblem(asEditor()
                .contentType(ContentType.TEXT)
                .body("A report")
                .when()
                .post(SOURCES)
                .then(), 415, "unsupported-media-type")
                .body("detail", containsString("application/json"));
    }

    @Test
    void xmlBodyIs415() {
        assertProblem(asEditor()
                .contentType(ContentType.XML)
                .body("<source><title>A report</title></source>")
                .when()
                .post(SOURCES)
                .then(), 415, "unsupported-media-type")
                .body("detail", containsString("application/json"));
    }

    @Test
    void unacceptableAcceptIs406() {
        assertProblem(asEditor()
                .accept(ContentType.XML)
                .when()
                .get(SOURCES)
                .then(), 406, "not-acceptable")
                .body("detail", containsString("application/json"));
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(asEditor()
                .contentType(ContentType.JSON)
                .body(VALID)
                .when()
                .patch(SOURCES + "/{id}", UUID.randomUUID())
                .then(), 405, "method-not-allowed")
                .body("detail", containsString("PATCH"));
    }

    @Test
    void unknownPathIs404Problem() {
        assertProblem(asEditor()
                .when()
                .get("/api/v1/no-such-collection")
                .then(), 404, "not-found")
                .body("detail", containsString("/q/openapi"));
    }

    @Test
    void badLimitIs422() {
        assertProblem(asEditor()
                .queryParam("limit", "many")
                .when()
                .get(SOURCES)
                .then(), 422, "validation")
                .body("errors.field", hasItem("limit"));
        assertProblem(asEditor()
                .queryParam("limit", 501)
                .when()
                .get(SOURCES)
                .then(), 422, "validation")
                .body("detail", containsString("500"));
    }

    @Test
    void badCursorIs422() {
        assertProblem(asEditor()
                .queryParam("cursor", "not-a-cursor")
                .when()
                .get(SOURCES)
                .then(), 422, "validation")
                .body("errors.field", hasItem("cursor"))
                .body("detail", containsString("nextCursor"));
    }

    @Test
    void badSortIs422() {
        assertProblem(asEditor()
                .queryParam("sort", "colour")
                .when()
                .get(SOURCES)
                .then(), 422, "validation")
                .body("errors.field", hasItem("sort"))
                .body("detail", containsString("title"));
    }

    @Test
    void badDateFilterIs422() {
        assertProblem(asEditor()
                .queryParam("from", "2021-13")
                .when()
                .get(SOURCES)
                .then(), 422, "validation")
                .body("errors.field", hasItem("from"));
    }

    @Test
    void problemsAreNotCached() {
        asEditor()
                .when()
                .get(SOURCES + "/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .header("Cache-Control", startsWith("no-store"));
    }
}
