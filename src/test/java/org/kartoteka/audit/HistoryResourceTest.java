package org.kartoteka.audit;

import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.asAdmin;
import static org.kartoteka.Auth.asAuditor;
import static org.kartoteka.Auth.asEditor;
import static org.kartoteka.Auth.asResearcher;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

@QuarkusTest
class HistoryResourceTest {

    @Test
    void aPersonsHistoryHoldsItsRowsAndChildRowsOldestFirstWithTheRequestId() {
        String requestId = "test-" + UUID.randomUUID();
        String source = Fixtures.source("History source");
        String id = asEditor()
                .header(RequestId.HEADER, requestId)
                .contentType(ContentType.JSON)
                .body("""
                        {"names": [{"value": "Hanna Historyjna", "lang": "be", "script": "Latn"}],
                         "visibility": "PUBLIC", "citations": [{"sourceId": "%s", "locator": "p. 2"}]}"""
                        .formatted(source))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(201)
                .header(RequestId.HEADER, equalTo(requestId))
                .extract().path("id");

        asResearcher()
                .when()
                .get("/api/v1/persons/{id}/history", id)
                .then()
                .statusCode(200)
                .body("entity", containsInAnyOrder("person", "person_name", "person_citation"))
                .body("[0].entity", equalTo("person"))
                .body("action", everyItem(equalTo("INSERT")))
                .body("entityId", everyItem(equalTo(id)))
                .body("requestId", everyItem(equalTo(requestId)))
                .body("[0].after.display_name", equalTo("Hanna Historyjna"))
                .body("[0].before", equalTo(null))
                .body("[0].actor.role", equalTo("editor"))
                .body("[0].actor.name", equalTo("test editor"))
                .body("[0].actor.id", notNullValue());
    }

    @Test
    void anUpdateRecordsBeforeAndAfter() {
        String id = Fixtures.source("Before title");
        String etag = asEditor().when().get("/api/v1/sources/{id}", id).then().extract().header("ETag");

        asEditor()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("""
                        {"title": "After title", "kind": "REPORT", "visibility": "PUBLIC"}""")
                .when()
                .put("/api/v1/sources/{id}", id)
                .then()
                .statusCode(200);

        asAuditor()
                .when()
                .get("/api/v1/sources/{id}/history", id)
                .then()
                .statusCode(200)
                .body("action", contains("INSERT", "UPDATE"))
                .body("[1].before.title", equalTo("Before title"))
                .body("[1].after.title", equalTo("After title"));
    }

    @Test
    void aClientsInsaneRequestIdIsReplaced() {
        anonymously()
                .header(RequestId.HEADER, "bad id with spaces")
                .when()
                .get("/api/v1/sources")
                .then()
                .statusCode(200)
                .header(RequestId.HEADER, org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aMissingRecordHasNoHistory() {
        asAdmin()
                .when()
                .get("/api/v1/persons/{id}/history", UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void theOtherRoutesOfACollectionStillWork() {
        String id = Fixtures.source("Routing");
        anonymously().when().get("/api/v1/sources/{id}", id).then().statusCode(200);
        anonymously().when().get("/api/v1/sources").then().statusCode(200).body("items", notNullValue());
        anonymously().when().get("/api/v1/legal-articles").then().statusCode(200).body("items.code", hasItems("BY-CC"));
    }

    @Test
    void anonymousCallersGetNoHistoryAndResearchersNoneOfConfidentialPersons() {
        String publicPerson = Fixtures.person("History public " + UUID.randomUUID(), "PUBLIC");
        String confidential = Fixtures.person("History confidential " + UUID.randomUUID(), "CONFIDENTIAL");

        anonymously().when().get("/api/v1/persons/{id}/history", publicPerson).then().statusCode(401);
        asResearcher().when().get("/api/v1/persons/{id}/history", confidential).then().statusCode(404);
        asAuditor().when().get("/api/v1/persons/{id}/history", confidential).then().statusCode(404);
        asEditor().when().get("/api/v1/persons/{id}/history", confidential).then().statusCode(200)
                .body("[0].after.display_name", org.hamcrest.Matchers.startsWith("History confidential"));
    }

    @Test
    void auditorsSeeNoNamesOfAPersonWhoOnceWasConfidential() {
        String name = "Once confidential " + UUID.randomUUID();
        String id = Fixtures.person(name, "CONFIDENTIAL");
        String etag = asEditor().when().get("/api/v1/persons/{id}", id).then().extract().header("ETag");
        String source = Fixtures.source("Reclassified");
        asEditor()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("""
                        {"names": [{"value": "%s"}], "visibility": "RESTRICTED",
                         "citations": [{"sourceId": "%s"}]}""".formatted(name, source))
                .when()
                .put("/api/v1/persons/{id}", id)
                .then()
                .statusCode(200);

        String history = asAuditor()
                .when()
                .get("/api/v1/persons/{id}/history", id)
                .then()
                .statusCode(200)
                .body("find { it.entity == 'person' && it.action == 'UPDATE' }.after.visibility", equalTo("RESTRICTED"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(history, org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString(name)));
    }

    @Test
    void auditorsSeeNoQuotesOfTheFactsOfAConfidentialPerson() {
        String name = "Quoted confidential " + UUID.randomUUID();
        String person = Fixtures.person(name, "CONFIDENTIAL");
        String source = Fixtures.source("Quoting source");
        String detention = RecordFixtures.create("detentions", """
                {"personId": "%s", "kind": "PRETRIAL", "startedOn": "2021-04-02",
                 "citations": [{"sourceId": "%s", "quote": "%s was taken from home", "note": "%s"}]}"""
                .formatted(person, source, name, name));

        String trail = asAuditor()
                .queryParam("entityId", detention)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.entity", hasItems("detention", "detention_citation"))
                .body("items.find { it.entity == 'detention' }.after.started_on", equalTo("2021-04-02"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(trail, org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString(name)));
        asAdmin()
                .queryParam("entityId", detention)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.find { it.entity == 'detention_citation' }.after.quote", equalTo(name + " was taken from home"));
    }
}
