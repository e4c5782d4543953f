package org.kartoteka.casefile;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

@QuarkusTest
class TrialResourceTest {

    private static String body(String caseId, String court, String judge, String startedOn, String verdictOn,
            String verdict, String sentence, String appealOn) {
        return """
                {"caseId": "%s", "court": "%s", "judges": ["%s"], "prosecutors": ["A. Prosecutor"],
                 "startedOn": %s, "verdictOn": %s, "verdict": "%s", "closedSession": true, "sentence": %s,
                 "appealOn": %s, "citations": %s}""".formatted(caseId, court, judge, quoted(startedOn),
                quoted(verdictOn), verdict, sentence == null ? "null" : sentence, quoted(appealOn),
                RecordFixtures.citations("trial " + caseId));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String newCase(String marker) {
        return RecordFixtures.caseOf(Fixtures.person("Trial " + marker + " " + UUID.randomUUID(), "PUBLIC"), marker);
    }

    private static final String COLONY = """
            {"type": "PENAL_COLONY", "regime": "general", "termDays": 1095, "fineAmount": 1450.50, "currency": "BYN"}""";

    @Test
    void createsATrialWithItsSentence() {
        String caseId = newCase("sentence");
        String location = asEditor()
                .contentType(ContentType.JSON)
                .body(body(caseId, "Minsk City Court", "I. Judge", "2021-02", "2021-02-18", "CONVICTED", COLONY, "2021-05"))
                .when()
                .post("/api/v1/trials")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("judges", contains("I. Judge"))
                .body("prosecutors", contains("A. Prosecutor"))
                .body("closedSession", equalTo(true))
                .body("inAbsentia", equalTo(false))
                .body("sentence.type", equalTo("PENAL_COLONY"))
                .body("sentence.regime", equalTo("general"))
                .body("sentence.termDays", equalTo(1095))
                .body("sentence.fineAmount", equalTo(1450.5f))
                .body("sentence.currency", equalTo("BYN"))
                .extract().header("Location");
        asEditor()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body(caseId, "Minsk City Court", "I. Judge", "2021-02", "2021-02-18", "ACQUITTED", null, null))
                .when()
                .put(location)
                .then()
                .statusCode(200)
                .body("verdict", equalTo("ACQUITTED"))
                .body("sentence", equalTo(null));
    }

    @Test
    void refusesAVerdictBeforeTheTrialStarts() {
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(newCase("verdict-order"), "C", "J", "2021-03", "2021-02-18", "CONVICTED", null, null))
                .when()
                .post("/api/v1/trials")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("verdictOn"))
                .body("errors[0].message", containsString("before the trial's start (2021-03)"));
    }

    @Test
    void refusesAnAppealBeforeTheVerdict() {
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(newCase("appeal-order"), "C", "J", "2021", "2021-02-18", "CONVICTED", null, "2021-01"))
                .when()
                .post("/api/v1/trials")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("appealOn"))
                .body("errors[0].message", containsString("before the verdict (2021-02-18)"));
    }

    @Test
    void refusesASentenceWithoutAConviction() {
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(newCase("sentence-needs-conviction"), "C", "J", "2021", null, "PENDING", COLONY, null))
                .when()
                .post("/api/v1/trials")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("sentence"));
    }

    @Test
    void refusesABadCurrencyAndAnUnknownSentenceType() {
        String caseId = newCase("currency");
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(caseId, "C", "J", "2021", "2021", "CONVICTED", "{\"type\": \"FINE\", \"currency\": \"rub\"}", null))
                .when()
                .post("/api/v1/trials")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("sentence.currency"));
        asEditor()
                .contentType(ContentType.JSON)
                .body(body(caseId, "C", "J", "2021", "2021", "CONVICTED", "{\"type\": \"EXILE\"}", null))
                .when()
                .post("/api/v1/trials")
                .then()
                .statusCode(400)
                .body("detail", containsString("'EXILE' is not one of"));
    }

    @Test
    void filtersByCaseCourtJudgeVerdictAndVerdictDate() {
        String caseId = newCase("filters");
        String court = "Court " + UUID.randomUUID();
        String judge = "Judge " + UUID.randomUUID();
        String convicted = RecordFixtures.create("trials",
                body(caseId, court, judge, "2021-01", "2021-02-18", "CONVICTED", null, null));
        String pending = RecordFixtures.create("trials", body(caseId, "Other court", "Someone Else", "2022-05", null,
                "PENDING", null, null));
        list("caseId=" + caseId).body("items.id", contains(convicted, pending));
        list("court=" + court.toLowerCase()).body("items.id", contains(convicted));
        list("judge=" + judge.toUpperCase()).body("items.id", contains(convicted));
        list("caseId=" + caseId + "&verdict=pending").body("items.id", contains(pending));
        list("caseId=" + caseId + "&verdictFrom=2021-02&verdictTo=2021-02").body("items.id", contains(convicted));
        list("caseId=" + caseId + "&verdictFrom=2021-03").body("items", hasSize(0));
    }

    @Test
    void deletingACaseWithATrialIsAConflict() {
        String caseId = newCase("keeps-case");
        RecordFixtures.create("trials", body(caseId, "C", "J", "2021", null, "PENDING", null, null));
        asEditor()
                .when()
                .delete("/api/v1/cases/" + caseId)
                .then()
                .statusCode(409)
                .body("detail", containsString("Trials still belong to this case"));
    }

    private static ValidatableResponse list(String query) {
        return asEditor()
                .when()
                .get("/api/v1/trials?" + query)
                .then()
                .statusCode(200);
    }
}
