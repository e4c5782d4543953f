package org.kartoteka.timeline;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.asEditor;
import static org.kartoteka.Auth.asResearcher;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

/** Facts inherit their person's visibility: a hidden person's facts answer like missing ones. */
@QuarkusTest
class CaseRecordsVisibilityTest {

    @Test
    void anonymousCallersSeeNoFactOfARestrictedPerson() {
        String person = Fixtures.person("Visibility Restricted " + UUID.randomUUID(), "RESTRICTED");
        String caseId = RecordFixtures.caseOf(person, "hidden");
        String detention = RecordFixtures.detention(person, "PRETRIAL", "2021-05", null);
        String charge = RecordFixtures.create("charges", """
                {"caseId": "%s", "article": {"code": "BY-CC", "number": "342"}, "citations": %s}"""
                .formatted(caseId, RecordFixtures.citations("hidden charge")));
        anonymously().when().get("/api/v1/detentions/" + detention).then().statusCode(404);
        anonymously().when().get("/api/v1/cases/" + caseId).then().statusCode(404);
        anonymously().when().get("/api/v1/charges/" + charge).then().statusCode(404);
        anonymously().when().get("/api/v1/persons/" + person + "/timeline").then().statusCode(404);
        anonymously().when().get("/api/v1/detentions?personId=" + person).then().statusCode(200)
                .body("items.id", not(hasItem(detention)));
        anonymously().when().get("/api/v1/charges?caseId=" + caseId).then().statusCode(200)
                .body("items.id", not(hasItem(charge)));
        asResearcher().when().get("/api/v1/detentions/" + detention).then().statusCode(200);
        asResearcher().when().get("/api/v1/persons/" + person + "/timeline").then().statusCode(200)
                .body("events.recordId", hasItem(detention));
    }

    @Test
    void aResearcherCannotNameAConfidentialPersonOrTheirCase() {
        String person = Fixtures.person("Visibility Confidential " + UUID.randomUUID(), "CONFIDENTIAL");
        String caseId = RecordFixtures.caseOf(person, "confidential");
        asResearcher()
                .contentType(ContentType.JSON)
                .body("""
                        {"personId": "%s", "kind": "PRETRIAL", "startedOn": "2021", "citations": %s}"""
                        .formatted(person, RecordFixtures.citations("confidential detention")))
                .when()
                .post("/api/v1/detentions")
                .then()
                .statusCode(422)
                .body("errors[0].message", equalTo("no person has the id " + person));
        asResearcher()
                .contentType(ContentType.JSON)
                .body("""
                        {"caseId": "%s", "verdict": "PENDING", "citations": %s}"""
                        .formatted(caseId, RecordFixtures.citations("confidential trial")))
                .when()
                .post("/api/v1/trials")
                .then()
                .statusCode(422)
                .body("errors[0].message", equalTo("no case has the id " + caseId));
        asEditor().when().get("/api/v1/cases/" + caseId).then().statusCode(200);
    }
}
