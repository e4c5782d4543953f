package org.kartoteka;

import static org.kartoteka.Auth.asEditor;

import io.restassured.http.ContentType;

/** Records tests need, created through the real API. */
public final class Fixtures {

    private Fixtures() {}

    /** A PUBLIC report with this title; returns its id. */
    public static String source(String title) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"title": "%s", "kind": "REPORT", "publisher": "Test Desk", "publishedOn": "2021-03",
                         "visibility": "PUBLIC"}""".formatted(title))
                .when()
                .post("/api/v1/sources")
                .then()
                .statusCode(201)
                .extract().path("id");
    }

    /** A person with this primary name and visibility, cited to a new source; returns their id. */
    public static String person(String name, String visibility) {
        String source = source("Source on " + name);
        return asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"names": [{"value": "%s", "lang": "en", "script": "Latn"}], "gender": "UNKNOWN",
                         "visibility": "%s", "citations": [{"sourceId": "%s", "locator": "p. 1"}]}"""
                        .formatted(name, visibility, source))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(201)
                .extract().path("id");
    }
}
