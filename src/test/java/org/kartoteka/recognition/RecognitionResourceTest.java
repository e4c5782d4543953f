package org.kartoteka.recognition;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

@QuarkusTest
class RecognitionResourceTest {

    private static String body(String personId, String by, String recognizedOn, String revokedOn) {
        return """
                {"personId": "%s", "recognizedBy": "%s", "recognizedOn": "%s", "revokedOn": %s,
                 "grounds": ["PACE Resolution 1900 (2012), 1(a)", " "], "citations": %s}""".formatted(personId, by,
                recognizedOn, revokedOn == null ? "null" : "\"" + revokedOn + "\"",
                RecordFixtures.citations("recognition " + personId));
    }

    @Test
    void createsUpdatesAndDeletes() {
        String person = Fixtures.person("Recognition Crud " + UUID.randomUUID(), "PUBLIC");
        String location = asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "Viasna", "2021-07", null).replace(", \" \"", ""))
                .when()
                .post("/api/v1/recognitions")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("recognizedBy", equalTo("Viasna"))
                .body("grounds", contains("PACE Resolution 1900 (2012), 1(a)"))
                .extract().header("Location");
        asEditor()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body(person, "Viasna", "2021-07", "2022-01-03").replace(", \" \"", ""))
                .when()
                .put(location)
                .then()
                .statusCode(200)
                .body("revokedOn", equalTo("2022-01-03"));
        asEditor()
                .when()
                .delete(location)
                .then()
                .statusCode(204);
    }

    @Test
    void refusesARevocationBeforeTheRecognitionAndBlankGrounds() {
        String person = Fixtures.person("Recognition Order " + UUID.randomUUID(), "PUBLIC");
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "Viasna", "2021-07", "2021-06-30").replace(", \" \"", ""))
                .when()
                .post("/api/v1/recognitions")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("revokedOn"));
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "Viasna", "2021-07", null))
                .when()
                .post("/api/v1/recognitions")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("grounds[1]"));
    }

    @Test
    void filtersByPersonOrganisationRevocationAndDate() {
        String person = Fixtures.person("Recognition Filters " + UUID.randomUUID(), "PUBLIC");
        String org = "Org " + UUID.randomUUID();
        String held = RecordFixtures.create("recognitions", body(person, org, "2021-07", null).replace(", \" \"", ""));
        String revoked = RecordFixtures.create("recognitions",
                body(person, "Memorial", "2022", "2023-02").replace(", \" \"", ""));
        list("personId=" + person).body("items.id", contains(held, revoked));
        list("recognizedBy=" + org.toLowerCase()).body("items.id", contains(held));
        list("personId=" + person + "&revoked=true").body("items.id", contains(revoked));
        list("personId=" + person + "&revoked=false").body("items.id", contains(held));
        list("personId=" + person + "&from=2022-03").body("items.id", contains(revoked));
        list("personId=" + person + "&to=2021-12").body("items.id", contains(held));
    }

    @Test
    void deletingARecognisedPersonIsAConflict() {
        String person = Fixtures.person("Recognition Keeps " + UUID.randomUUID(), "PUBLIC");
        RecordFixtures.create("recognitions", body(person, "Viasna", "2021", null).replace(", \" \"", ""));
        asEditor()
                .when()
                .delete("/api/v1/persons/" + person)
                .then()
                .statusCode(409)
                .body("detail", containsString("Recognitions still name this person"));
    }

    private static ValidatableResponse list(String query) {
        return asEditor()
                .when()
                .get("/api/v1/recognitions?" + query)
                .then()
                .statusCode(200);
    }
}
