package org.kartoteka.duplicate;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kartoteka.Auth.asEditor;
import static org.kartoteka.Auth.asResearcher;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

/** {@code POST /persons/{id}/merge}: every fact moves, the absorbed id redirects, conflicts change nothing. */
@QuarkusTest
class MergeResourceTest {

    private static String person(String source, String visibility, String names, String externalIds, String tags) {
        return RecordFixtures.create("persons", """
                {"names": [%s], "gender": "MALE", "birthDate": "1992", "visibility": "%s", "externalIds": [%s],
                 "tags": [%s], "citations": [{"sourceId": "%s", "locator": "p. 1"}]}"""
                .formatted(names, visibility, externalIds, tags, source));
    }

    private static String etag(String id) {
        return asEditor().when().get("/api/v1/persons/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse merge(String survivor, String from, String ifMatch) {
        var request = asEditor().contentType(ContentType.JSON)
                .body("{\"from\": \"" + from + "\", \"note\": \"one person, two records\"}");
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/persons/" + survivor + "/merge").then();
    }

    private static String scheme() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void everyFactOfTheAbsorbedPersonMovesToTheSurvivor() {
        String source = Fixtures.source("Merge");
        String other = Fixtures.source("Merge, second report");
        String x = scheme();
        String y = scheme();
        String survivor = person(source, "PUBLIC", "{\"value\": \"Ihar Losik\"}",
                "{\"scheme\": \"" + x + "\", \"value\": \"1\"}", "\"journalist\"");
        String absorbed = person(other, "RESTRICTED", "{\"value\": \"Игорь Лосик\"}, {\"value\": \"Ihar Losik\"}",
                "{\"scheme\": \"" + y + "\", \"value\": \"2\"}", "\"blogger\"");
        RecordFixtures.detention(survivor, "PRETRIAL", "2020-06-25", "2020-12-01");
        String caseId = RecordFixtures.caseOf(absorbed, "merge-" + y);
        String charge = RecordFixtures.create("charges", """
                {"caseId": "%s", "article": {"code": "BY-CC", "number": "342"}, "citations": %s}"""
                .formatted(caseId, RecordFixtures.citations("charge")));
        String trial = RecordFixtures.create("trials", """
                {"caseId": "%s", "court": "Homel Regional Court", "verdict": "PENDING", "citations": %s}"""
                .formatted(caseId, RecordFixtures.citations("trial")));
        String detention = RecordFixtures.detention(absorbed, "SENTENCE", "2021-12-15", null);
        String recognition = RecordFixtures.create("recognitions", """
                {"personId": "%s", "recognizedBy": "Viasna", "recognizedOn": "2020-06", "citations": %s}"""
                .formatted(absorbed, RecordFixtures.citations("recognition")));

        String before = etag(survivor);
        merge(survivor, absorbed, before)
                .statusCode(200)
                .header("ETag", not(equalTo(before)))
                .body("id", equalTo(survivor))
                .body("displayName", equalTo("Ihar Losik"))
                .body("names.value", containsInAnyOrder("Ihar Losik", "Игорь Лосик"))
                .body("externalIds.scheme", containsInAnyOrder(x, y))
                .body("tags", containsInAnyOrder("journalist", "blogger"))
                .body("citations.sourceId", containsInAnyOrder(source, other))
                .body("visibility", equalTo("RESTRICTED"));

        asEditor().when().get("/api/v1/cases/" + caseId).then().statusCode(200).body("personId", equalTo(survivor));
        asEditor().when().get("/api/v1/charges/" + charge).then().statusCode(200).body("caseId", equalTo(caseId));
        asEditor().when().get("/api/v1/trials/" + trial).then().statusCode(200).body("caseId", equalTo(caseId));
        asEditor().when().get("/api/v1/detentions/" + detention).then().statusCode(200).body("personId", equalTo(survivor));
        asEditor().when().get("/api/v1/recognitions/" + recognition).then().statusCode(200)
                .body("personId", equalTo(survivor));
        asEditor().queryParam("personId", survivor).when().get("/api/v1/detentions").then().body("items", hasSize(2));
        asEditor().queryParam("q", "Игорь Лосик").queryParam("limit", 500).when().get("/api/v1/persons").then()
                .body("items.id", hasItem(survivor)).body("items.id", not(hasItem(absorbed)));

        List<Map<String, Object>> history = asEditor().when().get("/api/v1/persons/" + survivor + "/history").then()
                .statusCode(200).extract().path("findAll { it.action == 'MERGE' }");
        assertEquals(1, history.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> after = (Map<String, Object>) history.get(0).get("after");
        assertEquals(absorbed, after.get("absorbed_id"));
        assertEquals(survivor, after.get("survivor_id"));
        assertEquals("one person, two records", after.get("note"));
        assertEquals("editor", ((Map<?, ?>) history.get(0).get("actor")).get("role"));
    }

    @Test
    void theMergedIdRedirectsReadsAndRefusesWrites() {
        String source = Fixtures.source("Merge redirects");
        String survivor = person(source, "PUBLIC", "{\"value\": \"Maryja Redirect\"}", "", "");
        String absorbed = person(source, "PUBLIC", "{\"value\": \"Мария Redirect\"}", "", "");
        merge(survivor, absorbed, etag(survivor)).statusCode(200);

        asEditor().redirects().follow(false).when().get("/api/v1/persons/" + absorbed).then()
                .statusCode(308).header("Location", endsWith("/api/v1/persons/" + survivor));
        asEditor().redirects().follow(false).when().get("/api/v1/persons/" + absorbed + "/timeline").then()
                .statusCode(308).header("Location", endsWith("/api/v1/persons/" + survivor + "/timeline"));
        asEditor().when().get("/api/v1/persons/" + absorbed).then().statusCode(200).body("id", equalTo(survivor));
        asEditor().contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"names\": [{\"value\": \"X\"}], \"citations\": [{\"sourceId\": \"" + source + "\"}]}")
                .when().put("/api/v1/persons/" + absorbed).then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kartoteka:problem:merged"))
                .body("mergedInto", equalTo(survivor));
        asEditor().when().delete("/api/v1/persons/" + absorbed).then().statusCode(410).body("mergedInto", equalTo(survivor));

        String next = person(source, "PUBLIC", "{\"value\": \"Maria Redirect\"}", "", "");
        merge(next, survivor, etag(next)).statusCode(200);
        asEditor().redirects().follow(false).when().get("/api/v1/persons/" + absorbed).then()
                .statusCode(308).header("Location", endsWith("/api/v1/persons/" + next));
        merge(next, absorbed, etag(next)).statusCode(422).body("errors[0].field", equalTo("from"));
    }

    @Test
    void aConflictChangesNothingAndListsEachOne() {
        String source = Fixtures.source("Merge conflicts");
        String scheme = scheme();
        String survivor = person(source, "PUBLIC", "{\"value\": \"Raman Conflict\"}",
                "{\"scheme\": \"" + scheme + "\", \"value\": \"10\"}", "");
        String absorbed = person(source, "PUBLIC", "{\"value\": \"Роман Conflict\"}",
                "{\"scheme\": \"" + scheme + "\", \"value\": \"11\"}", "");
        RecordFixtures.detention(survivor, "PRETRIAL", "2021-01-10", "2021-06-01");
        String overlapping = RecordFixtures.detention(absorbed, "PRETRIAL", "2021-03-01", "2021-04-01");
        String etag = etag(survivor);
        merge(survivor, absorbed, etag)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("externalIds", "detentions"));
        assertEquals(etag, etag(survivor));
        asEditor().when().get("/api/v1/persons/" + absorbed).then().statusCode(200);
        asEditor().when().get("/api/v1/detentions/" + overlapping).then().body("personId", equalTo(absorbed));

        asEditor().contentType(ContentType.JSON).body("{\"from\": \"" + absorbed + "\"}")
                .when().post("/api/v1/persons/" + survivor + "/distinct").then().statusCode(204);
        merge(survivor, absorbed, etag).statusCode(409).body("errors.field", hasItem("from"));
    }

    @Test
    void aMergeNeedsTheSurvivorsETagAnEditorAndAnotherPerson() {
        String source = Fixtures.source("Merge preconditions");
        String survivor = person(source, "PUBLIC", "{\"value\": \"Ales Precondition\"}", "", "");
        String absorbed = person(source, "PUBLIC", "{\"value\": \"Алесь Precondition\"}", "", "");
        merge(survivor, absorbed, null).statusCode(428);
        merge(survivor, absorbed, "\"999\"").statusCode(412);
        merge(survivor, survivor, etag(survivor)).statusCode(422).body("errors[0].field", equalTo("from"));
        merge(survivor, UUID.randomUUID().toString(), etag(survivor)).statusCode(422);
        merge(survivor, "not-an-id", etag(survivor)).statusCode(422).body("errors[0].field", equalTo("from"));
        asResearcher().contentType(ContentType.JSON).header("If-Match", etag(survivor))
                .body("{\"from\": \"" + absorbed + "\"}")
                .when().post("/api/v1/persons/" + survivor + "/merge").then().statusCode(403);
        asEditor().when().get("/api/v1/persons/" + absorbed).then().statusCode(200);
    }
}
