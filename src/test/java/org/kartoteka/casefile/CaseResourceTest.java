package org.kartoteka.casefile;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

@QuarkusTest
class CaseResourceTest {

    private static String body(String personId, String openedOn, String status, String group) {
        return """
                {"personId": "%s", "reference": "No. 1", "groupName": "%s", "openedOn": "%s", "authority": "KGB",
                 "status": "%s", "citations": %s}""".formatted(personId, group, openedOn, status,
                RecordFixtures.citations("case " + personId));
    }

    @Test
    void createsReadsUpdatesAndDeletes() {
        String person = Fixtures.person("Case Crud " + UUID.randomUUID(), "PUBLIC");
        String location = asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "2021-03-17", "INVESTIGATION", "crud"))
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("personId", equalTo(person))
                .body("openedOn", equalTo("2021-03-17"))
                .body("authority", equalTo("KGB"))
                .extract().header("Location");
        asEditor()
                .when()
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("INVESTIGATION"))
                .body("citations[0].locator", equalTo("p. 2"));
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "2021-03-17", "TRIAL", "crud"))
                .when()
                .put(location)
                .then()
                .statusCode(428);
        asEditor()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"3\"")
                .body(body(person, "2021-03-17", "TRIAL", "crud"))
                .when()
                .put(location)
                .then()
                .statusCode(412);
        asEditor()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body(person, "2021-03-17", "TRIAL", "crud"))
                .when()
                .put(location)
                .then()
                .statusCode(200)
                .body("status", equalTo("TRIAL"))
                .body("version", equalTo(1));
        asEditor()
                .when()
                .delete(location)
                .then()
                .statusCode(204);
        asEditor()
                .when()
                .get(location)
                .then()
                .statusCode(404);
    }

    @Test
    void refusesAFactWithoutCitationOrWithAnUnknownPerson() {
        String missing = UUID.randomUUID().toString();
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"personId\": \"" + missing + "\", \"citations\": " + RecordFixtures.citations("x") + "}")
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("personId"))
                .body("errors[0].message", equalTo("no person has the id " + missing));
        String person = Fixtures.person("Case Uncited " + UUID.randomUUID(), "PUBLIC");
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"personId\": \"" + person + "\", \"citations\": []}")
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("citations"));
    }

    @Test
    void refusesAnOpeningInTheFuture() {
        String person = Fixtures.person("Case Future " + UUID.randomUUID(), "PUBLIC");
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, LocalDate.now().plusMonths(2).toString().substring(0, 7), "TRIAL", "future"))
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("openedOn"));
    }

    @Test
    void filtersByPersonStatusGroupAndOpening() {
        String person = Fixtures.person("Case Filters " + UUID.randomUUID(), "PUBLIC");
        String group = "group " + UUID.randomUUID();
        String early = RecordFixtures.create("cases", body(person, "2020-09", "SENTENCED", group));
        String late = RecordFixtures.create("cases", body(person, "2022-01-05", "INVESTIGATION", "other"));
        list("personId=" + person).body("items.id", contains(early, late));
        list("personId=" + person + "&status=sentenced").body("items.id", contains(early));
        list("groupName=" + group.toUpperCase()).body("items.id", contains(early));
        list("personId=" + person + "&from=2021").body("items.id", contains(late));
        list("personId=" + person + "&to=2020-12-31").body("items.id", contains(early));
        list("personId=" + person + "&sort=-createdAt&limit=1").body("items.id", contains(late));
    }

    @Test
    void deletingACaseWithACharge() {
        String person = Fixtures.person("Case Referenced " + UUID.randomUUID(), "PUBLIC");
        String caseId = RecordFixtures.caseOf(person, "ref-" + UUID.randomUUID());
        RecordFixtures.create("charges", """
                {"caseId": "%s", "article": {"code": "BY-CC", "number": "342"}, "citations": %s}"""
                .formatted(caseId, RecordFixtures.citations("charge")));
        asEditor()
                .when()
                .delete("/api/v1/cases/" + caseId)
                .then()
                .statusCode(409)
                .body("detail", containsString("Charges still belong to this case"));
        asEditor()
                .when()
                .delete("/api/v1/persons/" + person)
                .then()
                .statusCode(409)
                .body("detail", containsString("Cases still name this person"));
    }

    private static ValidatableResponse list(String query) {
        return asEditor()
                .when()
                .get("/api/v1/cases?" + query)
                .then()
                .statusCode(200);
    }
}
