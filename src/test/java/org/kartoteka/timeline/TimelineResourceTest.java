package org.kartoteka.timeline;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

@QuarkusTest
class TimelineResourceTest {

    @Test
    void listsEveryRecordAsEventsInDateOrder() {
        String person = Fixtures.person("Timeline Person " + UUID.randomUUID(), "PUBLIC");
        String caseId = RecordFixtures.create("cases", """
                {"personId": "%s", "openedOn": "2020-08", "authority": "Investigative Committee", "status": "SENTENCED",
                 "citations": %s}""".formatted(person, RecordFixtures.citations("case")));
        RecordFixtures.create("charges", """
                {"caseId": "%s", "article": {"code": "BY-CC", "number": "342"}, "chargedOn": "2020-08-20",
                 "outcome": "CONVICTED", "citations": %s}""".formatted(caseId, RecordFixtures.citations("charge")));
        String trial = RecordFixtures.create("trials", """
                {"caseId": "%s", "court": "Minsk City Court", "startedOn": "2021-01", "verdictOn": "2021-02-18",
                 "verdict": "CONVICTED", "sentence": {"type": "PENAL_COLONY", "regime": "general", "termDays": 1095},
                 "appealOn": "2021", "appealOutcome": "upheld", "citations": %s}"""
                .formatted(caseId, RecordFixtures.citations("trial")));
        RecordFixtures.create("detentions", """
                {"personId": "%s", "caseId": "%s", "kind": "PRETRIAL", "startedOn": "2020-08-20", "endedOn": "2021-02-18",
                 "endReason": "SENTENCE_CHANGED", "facility": "SIZO-1", "citations": %s}"""
                .formatted(person, caseId, RecordFixtures.citations("detention")));
        RecordFixtures.create("recognitions", """
                {"personId": "%s", "recognizedBy": "Viasna", "recognizedOn": "2020-09", "citations": %s}"""
                .formatted(person, RecordFixtures.citations("recognition")));

        asEditor()
                .when()
                .get("/api/v1/persons/" + person + "/timeline")
                .then()
                .statusCode(200)
                .body("personId", equalTo(person))
                .body("events.type", contains("CASE_OPENED", "CHARGED", "DETENTION_STARTED", "RECOGNIZED",
                        "TRIAL_STARTED", "APPEAL", "VERDICT", "DETENTION_ENDED"))
                // 2021-01 and 2021 begin on the same day: the more precise comes first.
                .body("events.date", contains("2020-08", "2020-08-20", "2020-08-20", "2020-09", "2021-01", "2021",
                        "2021-02-18", "2021-02-18"))
                .body("events[6].recordType", equalTo("TRIAL"))
                .body("events[6].recordId", equalTo(trial))
                .body("events[6].summary", equalTo("Sentenced to 3 years in a penal colony (regime: general)"))
                .body("events[1].summary", equalTo("Charged under BY-CC 342, Organisation and preparation of actions"
                        + " grossly violating public order, or active participation in them; outcome: convicted"))
                .body("events[7].summary", equalTo("Detention (pretrial) ended: sentence changed"))
                .body("events[0].citations[0].locator", equalTo("p. 2"));
    }

    @Test
    void putsUndatedEventsLast() {
        String person = Fixtures.person("Timeline Undated " + UUID.randomUUID(), "PUBLIC");
        String caseId = RecordFixtures.create("cases", """
                {"personId": "%s", "citations": %s}""".formatted(person, RecordFixtures.citations("undated")));
        RecordFixtures.detention(person, "OTHER", "2022", null);
        asEditor()
                .when()
                .get("/api/v1/persons/" + person + "/timeline")
                .then()
                .statusCode(200)
                .body("events.type", contains("DETENTION_STARTED", "CASE_OPENED"))
                .body("events[1].recordId", equalTo(caseId))
                .body("events[1].date", equalTo(null));
    }

    @Test
    void answers404ForAMissingPersonAnd400ForABadId() {
        asEditor()
                .when()
                .get("/api/v1/persons/" + UUID.randomUUID() + "/timeline")
                .then()
                .statusCode(404);
        asEditor()
                .when()
                .get("/api/v1/persons/not-an-id/timeline")
                .then()
                .statusCode(400);
    }
}
