package org.kartoteka.duplicate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.asAuditor;
import static org.kartoteka.Auth.asEditor;
import static org.kartoteka.Auth.asResearcher;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;

/** {@code GET /persons/{id}/duplicates}, the scan {@code GET /persons/duplicates} and {@code POST /persons/{id}/distinct}. */
@QuarkusTest
class DuplicateResourceTest {

    private static final Random RANDOM = new Random();

    /** A made-up surname no other test uses: Latin letters only, so every spelling of it is this one. */
    static String surname() {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aiu";
        StringBuilder s = new StringBuilder("Q");
        for (int i = 0; i < 4; i++) {
            s.append(consonants.charAt(RANDOM.nextInt(consonants.length()))).append(vowels.charAt(RANDOM.nextInt(vowels.length())));
        }
        return s.append("k").toString();
    }

    static String person(String source, String visibility, String gender, String birthDate, String... names) {
        return personIn("Minsk", source, visibility, gender, birthDate, names);
    }

    /** A person with these spellings of the name, cited to the source; returns their id. */
    static String personIn(String region, String source, String visibility, String gender, String birthDate,
            String... names) {
        StringBuilder list = new StringBuilder();
        for (String name : names) {
            list.append(list.isEmpty() ? "" : ", ").append("{\"value\": \"").append(name).append("\"}");
        }
        return asEditor()
                .contentType(ContentType.JSON)
                .body("""
                        {"names": [%s], "gender": "%s", "birthDate": %s, "region": %s, "visibility": "%s",
                         "citations": [{"sourceId": "%s", "locator": "p. 1"}]}""".formatted(list, gender,
                        quoted(birthDate), quoted(region), visibility, source))
                .when()
                .post("/api/v1/persons")
                .then()
                .statusCode(201)
                .extract().path("id");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Test
    void theSamePersonInAnotherScriptComesFirstWithTheEvidence() {
        String source = Fixtures.source("Duplicates across scripts");
        String latin = person(source, "PUBLIC", "MALE", "1992-09-13", "Ihar Losik");
        String cyrillic = person(source, "PUBLIC", "MALE", "1992-09-13", "Игорь Лосик");
        String namesake = person(source, "PUBLIC", "MALE", "1961", "Ігар Лосік");
        var answer = asResearcher()
                .when()
                .get("/api/v1/persons/" + latin + "/duplicates")
                .then()
                .statusCode(200)
                .body("personId", equalTo(latin))
                .body("items.size()", lessThanOrEqualTo(10))
                .body("items[0].id", equalTo(cyrillic))
                .body("items[0].score", greaterThanOrEqualTo(0.9f))
                .body("items[0].reasons.kind", equalTo(List.of("name", "birthDate", "region", "source")))
                .body("items[0].reasons[0].values", equalTo(List.of("Ihar Losik", "Игорь Лосик")))
                .body("items.id", not(hasItem(latin)))
                .extract();
        List<Map<String, Object>> items = answer.path("items");
        Map<String, Object> other = items.stream().filter(i -> i.get("id").equals(namesake)).findFirst().orElseThrow();
        assertTrue(((Number) other.get("score")).doubleValue() < 0.5, "namesake scored " + other.get("score"));
        assertEquals("birthDate", answer.path("items.find { it.id == '" + namesake + "' }.against[0].kind"));
    }

    @Test
    void aCandidateTheCallerMayNotReadIsNeverShown() {
        String source = Fixtures.source("Duplicates and visibility");
        String name = "Aliaksandr " + surname();
        String restricted = person(source, "RESTRICTED", "MALE", "1980-01-02", name);
        String confidential = person(source, "CONFIDENTIAL", "MALE", "1980-01-02", name);
        asEditor().when().get("/api/v1/persons/" + restricted + "/duplicates").then().statusCode(200)
                .body("items.id", hasItem(confidential));
        for (var caller : List.of(asResearcher(), asAuditor())) {
            caller.when().get("/api/v1/persons/" + restricted + "/duplicates").then().statusCode(200)
                    .body("items.id", not(hasItem(confidential)))
                    .body("toString()", not(containsString(confidential)));
        }
        asResearcher().when().get("/api/v1/persons/" + confidential + "/duplicates").then().statusCode(404);
        anonymously().when().get("/api/v1/persons/" + restricted + "/duplicates").then().statusCode(401);
    }

    @Test
    void theScanListsPairsBestFirstPagedAndAsCsv() {
        String source = Fixtures.source("Duplicate scan");
        String surname = surname();
        String a = person(source, "PUBLIC", "FEMALE", "1990-05-06", "Maryja " + surname);
        String b = person(source, "PUBLIC", "FEMALE", "1990-05-06", "Мария " + surname);
        String hidden = person(source, "CONFIDENTIAL", "FEMALE", "1990-05-06", "Maria " + surname);
        List<Map<String, Object>> pairs = asEditor()
                .queryParam("minScore", 0.9)
                .queryParam("limit", 500)
                .when()
                .get("/api/v1/persons/duplicates")
                .then()
                .statusCode(200)
                .body("items.score", everyItem(greaterThanOrEqualTo(0.9f)))
                .extract().path("items");
        assertTrue(pairs.stream().anyMatch(p -> pairOf(p, a, b)), "the pair " + a + " / " + b + " is missing");
        assertTrue(pairs.stream().anyMatch(p -> pairOf(p, a, hidden)), "editors see CONFIDENTIAL pairs");
        List<Map<String, Object>> audited = asAuditor().queryParam("minScore", 0.9).queryParam("limit", 500)
                .when().get("/api/v1/persons/duplicates").then().statusCode(200).extract().path("items");
        assertTrue(audited.stream().anyMatch(p -> pairOf(p, a, b)));
        assertTrue(audited.stream().noneMatch(p -> p.get("personId").equals(hidden) || p.get("otherId").equals(hidden)));

        var firstPage = asEditor().queryParam("minScore", 0.9).queryParam("limit", 1)
                .when().get("/api/v1/persons/duplicates").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", notNullValue()).extract();
        var secondPage = asEditor().queryParam("minScore", 0.9).queryParam("limit", 1)
                .queryParam("cursor", firstPage.path("nextCursor").toString())
                .when().get("/api/v1/persons/duplicates").then().statusCode(200).body("items.size()", equalTo(1)).extract();
        assertNotEquals(firstPage.path("items[0].personId") + "/" + firstPage.path("items[0].otherId"),
                secondPage.path("items[0].personId") + "/" + secondPage.path("items[0].otherId"));
        assertTrue(firstPage.<Float>path("items[0].score") >= secondPage.<Float>path("items[0].score"));

        String csv = asAuditor().accept("text/csv").queryParam("minScore", 0.9).queryParam("limit", 500)
                .when().get("/api/v1/persons/duplicates").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("personId,personName,otherId,otherName,score,reasons,against"), csv);
        assertTrue(csv.contains(a) && csv.contains(b), "the pair is in the CSV");
    }

    private static boolean pairOf(Map<String, Object> pair, String x, String y) {
        return (pair.get("personId").equals(x) && pair.get("otherId").equals(y))
                || (pair.get("personId").equals(y) && pair.get("otherId").equals(x));
    }

    @Test
    void theScanIsForEditorsAdminsAndAuditorsAndChecksItsParameters() {
        asResearcher().when().get("/api/v1/persons/duplicates").then().statusCode(403);
        anonymously().when().get("/api/v1/persons/duplicates").then().statusCode(401);
        asEditor().queryParam("minScore", "1.5").when().get("/api/v1/persons/duplicates").then().statusCode(422)
                .body("errors[0].field", equalTo("minScore"));
        asEditor().queryParam("cursor", "nonsense").when().get("/api/v1/persons/duplicates").then().statusCode(422)
                .body("errors[0].field", equalTo("cursor"));
        asEditor().queryParam("sort", "name").when().get("/api/v1/persons/duplicates").then().statusCode(422)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aPairRecordedAsDistinctLeavesTheCandidatesAndTheScan() {
        String source = Fixtures.source("Namesakes");
        String name = "Pavel " + surname();
        String a = person(source, "PUBLIC", "MALE", "1975-03-04", name);
        String b = person(source, "PUBLIC", "MALE", "1975-03-04", name);
        asEditor().when().get("/api/v1/persons/" + a + "/duplicates").then().body("items.id", hasItem(b));
        asResearcher().contentType(ContentType.JSON).body("{\"from\": \"" + b + "\"}")
                .when().post("/api/v1/persons/" + a + "/distinct").then().statusCode(403);
        asEditor().contentType(ContentType.JSON).body("{\"from\": \"" + b + "\", \"note\": \"father and son\"}")
                .when().post("/api/v1/persons/" + a + "/distinct").then().statusCode(204);
        asEditor().when().get("/api/v1/persons/" + a + "/duplicates").then().body("items.id", not(hasItem(b)));
        asEditor().when().get("/api/v1/persons/" + b + "/duplicates").then().body("items.id", not(hasItem(a)));
        List<Map<String, Object>> pairs = asEditor().queryParam("minScore", 0.9).queryParam("limit", 500)
                .when().get("/api/v1/persons/duplicates").then().statusCode(200).extract().path("items");
        assertTrue(pairs.stream().noneMatch(p -> pairOf(p, a, b)));
        asEditor().contentType(ContentType.JSON).body("{\"from\": \"" + a + "\"}")
                .when().post("/api/v1/persons/" + a + "/distinct").then().statusCode(422)
                .body("errors[0].field", equalTo("from"));
    }
}
