package org.kartoteka;

import static org.kartoteka.Auth.asEditor;

import io.restassured.http.ContentType;

/** Case records tests need, created through the real API. */
public final class RecordFixtures {

    private RecordFixtures() {}

    /** A citation list of one new source, as JSON. */
    public static String citations(String marker) {
        return "[{\"sourceId\": \"" + Fixtures.source("Source " + marker) + "\", \"locator\": \"p. 2\"}]";
    }

    /** Posts a body to a collection, expects 201 and returns the new id. */
    public static String create(String collection, String body) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/" + collection)
                .then()
                .statusCode(201)
                .extract().path("id");
    }

    /** A case of this person in INVESTIGATION; returns its id. */
    public static String caseOf(String personId, String marker) {
        return create("cases", """
                {"personId": "%s", "reference": "%s", "groupName": "group %s", "openedOn": "2021-03",
                 "status": "INVESTIGATION", "citations": %s}""".formatted(personId, marker, marker, citations(marker)));
    }

    /** A detention of this person; endedOn may be null. Returns its id. */
    public static String detention(String personId, String kind, String startedOn, String endedOn) {
        return create("detentions", """
                {"personId": "%s", "kind": "%s", "startedOn": "%s", "endedOn": %s, "citations": %s}"""
                .formatted(personId, kind, startedOn, endedOn == null ? "null" : "\"" + endedOn + "\"",
                        citations(personId)));
    }
}
