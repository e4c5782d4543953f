package org.kartoteka.detention;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

@QuarkusTest
class DetentionResourceTest {

    private static String body(String personId, String startedOn, String endedOn, String extra) {
        String kind = extra.contains("\"kind\"") ? "" : "\"kind\": \"PRETRIAL\", ";
        return """
                {"personId": "%s", %s"startedOn": "%s", "endedOn": %s, %s "citations": %s}"""
                .formatted(personId, kind, startedOn, endedOn == null ? "null" : "\"" + endedOn + "\"", extra,
                        RecordFixtures.citations("detention " + personId));
    }

    @Test
    void createsReadsUpdatesAndDeletes() {
        String person = Fixtures.person("Detention Crud " + UUID.randomUUID(), "PUBLIC");
        String location = asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "2021-03", "2021-06-30", "\"endReason\": \"SENTENCE_CHANGED\", \"facility\": \"SIZO-1\","
                        + " \"region\": \"Minsk\","))
                .when()
                .post("/api/v1/detentions")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/api/v1/detentions/"))
                .body("startedOn", equalTo("2021-03"))
                .body("endReason", equalTo("SENTENCE_CHANGED"))
                .body("citations[0].locator", equalTo("p. 2"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "2021-03", null, ""))
                .when()
                .put("/api/v1/detentions/" + id)
                .then()
                .statusCode(428);
        asEditor()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(body(person, "2021-03", null, ""))
                .when()
                .put("/api/v1/detentions/" + id)
                .then()
                .statusCode(412);
        asEditor()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body(person, "2021-03", null, "\"facility\": \"SIZO-1\","))
                .when()
                .put("/api/v1/detentions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("endedOn", equalTo(null));
        asEditor()
                .when()
                .delete("/api/v1/detentions/" + id)
                .then()
                .statusCode(204);
        asEditor()
                .when()
                .get("/api/v1/detentions/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void refusesAPeriodThatCertainlyOverlapsAnotherOfThePerson() {
        String person = Fixtures.person("Detention Overlap " + UUID.randomUUID(), "PUBLIC");
        String first = RecordFixtures.detention(person, "PRETRIAL", "2021-01-10", "2021-05-20");
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "2021-04-01", "2021-08-01", ""))
                .when()
                .post("/api/v1/detentions")
                .then()
                .statusCode(409)
                .body("detail", containsString(first))
                .body("detail", containsString("2021-01-10 to 2021-05-20"));
    }

    @Test
    void acceptsPeriodsThatOnlyMayOverlapOrHandOverOnOneDay() {
        String person = Fixtures.person("Detention Handover " + UUID.randomUUID(), "PUBLIC");
        RecordFixtures.detention(person, "PRETRIAL", "2021-01-10", "2021-05-20");
        RecordFixtures.detention(person, "SENTENCE", "2021-05-20", "2021-09-01");
        // "2021-09" may begin on 2021-09-30, after the sentence ended: not certainly an overlap.
        RecordFixtures.detention(person, "OTHER", "2021-09", "2021-10");
    }

    @Test
    void refusesAnOngoingPeriodWhileAnotherIsOngoing() {
        String person = Fixtures.person("Detention Ongoing " + UUID.randomUUID(), "PUBLIC");
        RecordFixtures.detention(person, "PRETRIAL", "2022-02", null);
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "2022-05-01", null, ""))
                .when()
                .post("/api/v1/detentions")
                .then()
                .statusCode(409)
                .body("detail", containsString("2022-02 to now"));
    }

    @Test
    void refusesAnEndCertainlyBeforeTheStart() {
        String person = Fixtures.person("Detention Backwards " + UUID.randomUUID(), "PUBLIC");
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "2021-05", "2021-04-30", ""))
                .when()
                .post("/api/v1/detentions")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("endedOn"))
                .body("errors[0].message", containsString("before the start 2021-05"));
    }

    @Test
    void refusesAnEndReasonWithoutAnEnd() {
        String person = Fixtures.person("Detention Reason " + UUID.randomUUID(), "PUBLIC");
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "2021-05", null, "\"endReason\": \"PARDONED\","))
                .when()
                .post("/api/v1/detentions")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("endReason"));
    }

    @Test
    void anUnknownEndIsNeitherOngoingNorAnOverlap() {
        String person = Fixtures.person("Detention Unknown End " + UUID.randomUUID(), "PUBLIC");
        String unknownEnd = RecordFixtures.create("detentions", body(person, "2022-01", null,
                "\"endUnknown\": true, \"endReason\": \"UNKNOWN\","));
        asEditor()
                .when()
                .get("/api/v1/detentions/{id}", unknownEnd)
                .then()
                .statusCode(200)
                .body("endUnknown", equalTo(true))
                .body("endedOn", equalTo(null));
        // It certainly covers no day, so a later period of the person does not clash with it.
        String later = RecordFixtures.create("detentions", body(person, "2022-03-01", null, ""));
        list("personId=" + person + "&ongoing=true").body("items.id", contains(later));
        list("personId=" + person + "&ongoing=false").body("items.id", contains(unknownEnd));
    }

    @Test
    void refusesAnEndDateTogetherWithAnUnknownEnd() {
        String person = Fixtures.person("Detention Both Ends " + UUID.randomUUID(), "PUBLIC");
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "2021-05", "2021-06", "\"endUnknown\": true,"))
                .when()
                .post("/api/v1/detentions")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("endUnknown"));
    }

    @Test
    void refusesAStartInTheFuture() {
        String person = Fixtures.person("Detention Future " + UUID.randomUUID(), "PUBLIC");
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, String.valueOf(LocalDate.now().getYear() + 1), null, ""))
                .when()
                .post("/api/v1/detentions")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("startedOn"))
                .body("errors[0].message", containsString("future"));
    }

    @Test
    void requiresAStartAndACitation() {
        String person = Fixtures.person("Detention Required " + UUID.randomUUID(), "PUBLIC");
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"personId\": \"" + person + "\", \"kind\": \"PRETRIAL\", \"citations\": []}")
                .when()
                .post("/api/v1/detentions")
                .then()
                .statusCode(422)
                .body("errors.field", contains("citations", "startedOn"));
    }

    @Test
    void refusesAnUnknownOrHiddenPerson() {
        String missing = UUID.randomUUID().toString();
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(missing, "2021-05", null, ""))
                .when()
                .post("/api/v1/detentions")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("personId"))
                .body("errors[0].message", equalTo("no person has the id " + missing));
    }

    @Test
    void refusesACaseOfAnotherPerson() {
        String person = Fixtures.person("Detention Case Owner " + UUID.randomUUID(), "PUBLIC");
        String other = Fixtures.person("Detention Case Other " + UUID.randomUUID(), "PUBLIC");
        String caseOfOther = RecordFixtures.caseOf(other, "other-" + UUID.randomUUID());
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(person, "2021-05", null, "\"caseId\": \"" + caseOfOther + "\","))
                .when()
                .post("/api/v1/detentions")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("caseId"))
                .body("errors[0].message", containsString("another person"));
    }

    @Test
    void filtersByPersonKindFacilityRegionOngoingAndStart() {
        String person = Fixtures.person("Detention Filters " + UUID.randomUUID(), "PUBLIC");
        String facility = "Colony " + UUID.randomUUID();
        String caseId = RecordFixtures.caseOf(person, "filters-" + UUID.randomUUID());
        String ended = RecordFixtures.create("detentions", body(person, "2020-08-09", "2020-08-20",
                "\"kind\": \"ADMINISTRATIVE_ARREST\", \"region\": \"Hrodna\","));
        String ongoing = RecordFixtures.create("detentions", body(person, "2021-02", null,
                "\"caseId\": \"" + caseId + "\", \"facility\": \"" + facility + "\", \"region\": \"Homiel\","));
        list("personId=" + person).body("items.id", contains(ended, ongoing));
        list("personId=" + person + "&kind=administrative_arrest").body("items.id", contains(ended));
        list("caseId=" + caseId).body("items.id", contains(ongoing));
        list("facility=" + facility.toUpperCase()).body("items.id", contains(ongoing));
        list("personId=" + person + "&region=hrodna").body("items.id", contains(ended));
        list("personId=" + person + "&ongoing=true").body("items.id", contains(ongoing));
        list("personId=" + person + "&ongoing=false").body("items.id", contains(ended));
        list("personId=" + person + "&from=2021").body("items.id", contains(ongoing));
        list("personId=" + person + "&to=2020-12").body("items.id", contains(ended));
        list("personId=" + person + "&sort=-startedOn&limit=1").body("items.id", contains(ongoing))
                .body("nextCursor", notNullValue());
    }

    @Test
    void explainsBadFilterValues() {
        asEditor()
                .when()
                .get("/api/v1/detentions?ongoing=maybe")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("ongoing"));
        asEditor()
                .when()
                .get("/api/v1/detentions?kind=JAIL")
                .then()
                .statusCode(422)
                .body("errors[0].message", startsWith("'JAIL' is not one of"));
    }

    @Test
    void deletingAPersonWithADetentionIsAConflict() {
        String person = Fixtures.person("Detention Keeps Person " + UUID.randomUUID(), "PUBLIC");
        RecordFixtures.detention(person, "PRETRIAL", "2021-05", null);
        asEditor()
                .when()
                .delete("/api/v1/persons/" + person)
                .then()
                .statusCode(409)
                .body("detail", containsString("Detentions still name this person"));
    }

    private static io.restassured.response.ValidatableResponse list(String query) {
        return asEditor()
                .when()
                .get("/api/v1/detentions?" + query)
                .then()
                .statusCode(200);
    }
}
