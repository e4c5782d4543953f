package org.kartoteka.asknownon;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.asAdmin;
import static org.kartoteka.Auth.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;
import org.kartoteka.StatsFixtures;

/**
 * {@code asKnownOn} on reading a person, their timeline and a record by id: the answer asked about
 * an instant equals, byte for byte, what the same GET answered at that instant, after updates
 * (names, citations and other child rows included), deletions, a merge and visibility changes.
 */
@QuarkusTest
class AsKnownOnRecordsResourceTest {

    @Test
    void aRecordAsKnownOnAnInstantIsTheAnswerGivenThen() {
        String source = Fixtures.source("As known, records");
        String person = person("Ales Known", "PUBLIC", source);
        String caseId = RecordFixtures.caseOf(person, "known-" + person.substring(0, 8));
        String charge = RecordFixtures.create("charges", """
                {"caseId": "%s", "article": {"code": "BY-CC", "number": "342"}, "chargedOn": "1950-04",
                 "outcome": "PENDING", "citations": %s}""".formatted(caseId, RecordFixtures.citations("charge")));
        String trial = RecordFixtures.create("trials", """
                {"caseId": "%s", "court": "Minsk City Court", "judges": ["A. Judge"], "startedOn": "1950-05-02",
                 "verdict": "PENDING", "citations": %s}""".formatted(caseId, RecordFixtures.citations("trial")));
        String detention = RecordFixtures.detention(person, "PRETRIAL", "1950-03-01", null);
        String recognition = RecordFixtures.create("recognitions", """
                {"personId": "%s", "recognizedBy": "Viasna", "recognizedOn": "1950-06", "grounds": ["1(a)"],
                 "citations": %s}""".formatted(person, RecordFixtures.citations("recognition")));
        String metric = StatsFixtures.stockMetric("known-records");
        String observation = StatsFixtures.observation(metric, 12, "EXACT", "1950-07-01", source);
        List<String> paths = List.of("persons/" + person, "persons/" + person + "/timeline", "cases/" + caseId,
                "charges/" + charge, "trials/" + trial, "detentions/" + detention, "recognitions/" + recognition,
                "sources/" + source, "observations/" + observation);
        Map<String, String> then = answers(paths, null);
        Instant before = Instant.now();

        correct("persons/" + person, Map.of("names", List.of(Map.of("value", "Ales Known-Later"),
                Map.of("value", "Алесь Вядомы")), "occupation", "teacher", "visibility", "RESTRICTED"));
        correct("detentions/" + detention, Map.of("endedOn", "1950-09-30", "endReason", "PARDONED"));
        correct("charges/" + charge, Map.of("outcome", "CONVICTED"));
        correct("trials/" + trial, Map.of("verdict", "ACQUITTED", "verdictOn", "1950-08-01"));
        correct("sources/" + source, Map.of("title", "As known, records (corrected)"));
        correct("observations/" + observation, Map.of("value", 13));
        correct("cases/" + caseId, Map.of("status", "CLOSED"));
        asEditor().when().delete("/api/v1/recognitions/" + recognition).then().statusCode(204);

        Map<String, String> now = answers(paths, null);
        Map<String, String> asKnownThen = answers(paths, before);
        for (String path : paths) {
            if (!path.startsWith("recognitions/")) {
                assertNotEquals(then.get(path), now.get(path), "the corrections change " + path);
            }
            assertEquals(then.get(path), asKnownThen.get(path), path);
        }
        anonymously()
                .when()
                .get("/api/v1/persons/" + person + "?asKnownOn=" + before)
                .then()
                .statusCode(404);
    }

    @Test
    void aPastStateHasNoETagSaysWhatItIsAndIsPrivateToTheCaller() {
        String person = person("Ales Header", "PUBLIC", Fixtures.source("As known, header"));
        Instant at = Instant.now();
        anonymously()
                .when()
                .get("/api/v1/persons/" + person + "?asKnownOn=" + at)
                .then()
                .statusCode(200)
                .header("ETag", nullValue())
                .header(AsKnownOn.HEADER, equalTo(at.toString()))
                .header("Cache-Control", startsWith("private"));
        anonymously()
                .when()
                .get("/api/v1/persons/" + person + "/timeline?asKnownOn=" + at)
                .then()
                .statusCode(200)
                .header(AsKnownOn.HEADER, equalTo(at.toString()));
        anonymously()
                .when()
                .get("/api/v1/persons/" + person)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .header(AsKnownOn.HEADER, nullValue());
    }

    @Test
    void aRecordCreatedLaterIsNotFoundThenAndOneRestrictedThenButPublicNowIsShown() {
        String source = Fixtures.source("As known, later");
        String restricted = person("Ales Restricted Then", "RESTRICTED", source);
        String then = asAdmin().when().get("/api/v1/persons/" + restricted).then().statusCode(200).extract().asString();
        Instant before = Instant.now();
        String later = person("Ales Later", "PUBLIC", source);
        String laterDetention = RecordFixtures.detention(later, "PRETRIAL", "1951-01-01", null);
        correct("persons/" + restricted, Map.of("visibility", "PUBLIC"));

        for (String path : List.of("persons/" + later, "persons/" + later + "/timeline", "detentions/" + laterDetention)) {
            asAdmin()
                    .when()
                    .get("/api/v1/" + path + "?asKnownOn=" + before)
                    .then()
                    .statusCode(404);
        }
        String anonymous = anonymously().when().get("/api/v1/persons/" + restricted + "?asKnownOn=" + before)
                .then().statusCode(200).extract().asString();
        assertEquals(then, anonymous, "visibility is today's: a person public now is shown as they stood then");
    }

    @Test
    void aMergedPersonAsKnownBeforeTheMergeIsThePersonAsTheyWere() {
        String source = Fixtures.source("As known, merge");
        String survivor = person("Ales Survivor", "PUBLIC", source);
        String absorbed = person("Ales Absorbed", "PUBLIC", source);
        String then = asAdmin().when().get("/api/v1/persons/" + absorbed).then().statusCode(200).extract().asString();
        Instant before = Instant.now();
        String etag = asEditor().when().get("/api/v1/persons/" + survivor).then().extract().header("ETag");
        asEditor()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"from\": \"" + absorbed + "\", \"note\": \"one person\"}")
                .when()
                .post("/api/v1/persons/" + survivor + "/merge")
                .then()
                .statusCode(200);
        Instant after = Instant.now();

        String asKnownThen = asAdmin().redirects().follow(false).when()
                .get("/api/v1/persons/" + absorbed + "?asKnownOn=" + before)
                .then().statusCode(200).extract().asString();
        assertEquals(then, asKnownThen);
        asAdmin()
                .redirects().follow(false)
                .when()
                .get("/api/v1/persons/" + absorbed + "?asKnownOn=" + after)
                .then()
                .statusCode(308)
                .header("Location", containsString("/api/v1/persons/" + survivor))
                .header("Location", containsString("asKnownOn="));
    }

    @Test
    void anInstantBeforeTheAuditTrailIsAProblemSayingFromWhen() {
        String person = person("Ales Early", "PUBLIC", Fixtures.source("As known, early"));
        for (String path : List.of("persons/" + person, "persons/" + person + "/timeline", "sources/" + person,
                "detentions/" + person)) {
            anonymously()
                    .when()
                    .get("/api/v1/" + path + "?asKnownOn=1990-01-01")
                    .then()
                    .statusCode(422)
                    .body("errors.field", hasItem("asKnownOn"))
                    .body("errors.message", hasItem(containsString("exist from")));
        }
    }

    private static String person(String name, String visibility, String source) {
        return RecordFixtures.create("persons", """
                {"names": [{"value": "%s", "lang": "en", "script": "Latn"}, {"value": "%s-2"}], "gender": "MALE",
                 "birthDate": "1920-03", "visibility": "%s", "tags": ["known"],
                 "externalIds": [{"scheme": "known-%s", "value": "1"}],
                 "citations": [{"sourceId": "%s", "locator": "p. 1"}, {"sourceId": "%s", "locator": "p. 9"}]}"""
                .formatted(name, name, visibility, UUID.randomUUID().toString().substring(0, 8), source, source));
    }

    /** Reads a record, changes some fields and writes it back with its ETag. */
    @SuppressWarnings("unchecked")
    private static void correct(String path, Map<String, Object> changes) {
        ValidatableResponse read = asAdmin().when().get("/api/v1/" + path).then().statusCode(200);
        Map<String, Object> body = new LinkedHashMap<>(read.extract().as(Map.class));
        body.putAll(changes);
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", read.extract().header("ETag"))
                .body(body)
                .when()
                .put("/api/v1/" + path)
                .then()
                .statusCode(200);
    }

    private static Map<String, String> answers(List<String> paths, Instant asKnownOn) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            var answer = asAdmin()
                    .when()
                    .get("/api/v1/" + path + (asKnownOn == null ? "" : "?asKnownOn=" + asKnownOn))
                    .then()
                    .extract();
            answers.put(path, answer.statusCode() + " " + answer.asString());
        }
        return answers;
    }
}
