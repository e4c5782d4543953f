package org.kartoteka.person;

import static org.kartoteka.Auth.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

/** The person filters over case records: article, status, detentionKind and facility. */
@QuarkusTest
class PersonRecordFiltersResourceTest {

    private static final String ALL = "limit=500&";

    @Test
    void filtersByChargedArticle() {
        String charged = Fixtures.person("Filter Article Charged " + UUID.randomUUID(), "PUBLIC");
        String other = Fixtures.person("Filter Article Other " + UUID.randomUUID(), "PUBLIC");
        String caseId = RecordFixtures.caseOf(charged, "article-filter");
        RecordFixtures.create("charges", """
                {"caseId": "%s", "article": {"code": "BY-CC", "number": "293", "part": "2"}, "citations": %s}"""
                .formatted(caseId, RecordFixtures.citations("charge")));
        RecordFixtures.caseOf(other, "article-filter-other");
        persons("article=293").body("items.id", hasItem(charged)).body("items.id", not(hasItem(other)));
        persons("article=BY-CC:293").body("items.id", hasItem(charged));
        persons("article=BY-CAO:293").body("items.id", not(hasItem(charged)));
        persons("article=342").body("items.id", not(hasItem(charged)));
    }

    @Test
    void filtersByStatus() {
        String detained = Fixtures.person("Filter Status Detained " + UUID.randomUUID(), "PUBLIC");
        String released = Fixtures.person("Filter Status Released " + UUID.randomUUID(), "PUBLIC");
        String arrested = Fixtures.person("Filter Status Arrested " + UUID.randomUUID(), "PUBLIC");
        String recognised = Fixtures.person("Filter Status Recognised " + UUID.randomUUID(), "PUBLIC");
        String revoked = Fixtures.person("Filter Status Revoked " + UUID.randomUUID(), "PUBLIC");
        RecordFixtures.detention(detained, "PRETRIAL", "2022-03", null);
        RecordFixtures.detention(released, "SENTENCE", "2021-01", "2022-06");
        RecordFixtures.detention(arrested, "ADMINISTRATIVE_ARREST", "2022-10-01", null);
        recognition(recognised, null);
        recognition(revoked, "\"2023\"");
        persons("status=detained-now").body("items.id", hasItem(detained))
                .body("items.id", not(hasItem(released))).body("items.id", not(hasItem(arrested)));
        persons("status=released").body("items.id", hasItem(released))
                .body("items.id", not(hasItem(detained))).body("items.id", not(hasItem(arrested)));
        persons("status=recognised").body("items.id", hasItem(recognised)).body("items.id", not(hasItem(revoked)));
        asEditor()
                .when()
                .get("/api/v1/persons?status=free")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("detained-now, released, recognised"));
    }

    @Test
    void filtersByDetentionKindAndFacility() {
        String person = Fixtures.person("Filter Kind " + UUID.randomUUID(), "PUBLIC");
        String facility = "Colony " + UUID.randomUUID();
        RecordFixtures.create("detentions", """
                {"personId": "%s", "kind": "PSYCHIATRIC", "startedOn": "2021", "facility": "%s", "citations": %s}"""
                .formatted(person, facility, RecordFixtures.citations("kind")));
        persons("detentionKind=psychiatric").body("items.id", hasItem(person));
        persons("detentionKind=PRETRIAL").body("items.id", not(hasItem(person)));
        persons("facility=" + facility.toLowerCase()).body("items.id", hasItem(person));
        asEditor()
                .when()
                .get("/api/v1/persons?detentionKind=JAIL")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("detentionKind"));
    }

    private static void recognition(String person, String revokedOn) {
        RecordFixtures.create("recognitions", """
                {"personId": "%s", "recognizedBy": "Viasna", "recognizedOn": "2021", "revokedOn": %s, "citations": %s}"""
                .formatted(person, revokedOn, RecordFixtures.citations("recognition")));
    }

    private static ValidatableResponse persons(String query) {
        return asEditor()
                .when()
                .get("/api/v1/persons?" + ALL + query)
                .then()
                .statusCode(200);
    }
}
