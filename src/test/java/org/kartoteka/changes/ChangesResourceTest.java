package org.kartoteka.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kartoteka.Auth;
import org.kartoteka.FigureRecords;
import org.kartoteka.security.Role;

/**
 * {@code GET /api/v1/stats/changes}: the identity {@code to - from = entered - left} over random
 * pairs of days, the reason and record of each change, and visibility. The corpus lives in 1944
 * and 1945, years no other test writes in.
 */
@QuarkusTest
class ChangesResourceTest {

    private static final String FROM = "1944-02-15";
    private static final String TO = "1944-04-01";

    @Inject
    EntityManager em;

    static Corpus corpus;

    record Corpus(UUID detained, UUID recognised, UUID released, UUID revoked, UUID corrected, UUID restricted,
            UUID detentionOfDetained, UUID correctedDetention) {}

    @BeforeEach
    void writeCorpusOnce() {
        if (corpus != null) {
            return;
        }
        FigureRecords records = new FigureRecords(em);
        UUID p1 = records.person("PUBLIC");
        records.recognition(p1, "1944-01-01", null);
        UUID d1 = records.detention(p1, "PRETRIAL", "1944-03-10", null);
        UUID p2 = records.person("PUBLIC");
        records.detention(p2, "SENTENCE", "1944-01-01", null);
        records.recognition(p2, "1944-03", null);
        UUID p3 = records.person("PUBLIC");
        records.recognition(p3, "1944-01-01", null);
        records.detention(p3, "SENTENCE", "1944-01-01", "1944-03-15");
        UUID p4 = records.person("PUBLIC");
        records.recognition(p4, "1944-01-01", "1944-03");
        records.detention(p4, "HOUSE_ARREST", "1944-01-01", null);
        UUID p5 = records.person("PUBLIC");
        records.recognition(p5, "1944-01-01", null);
        UUID d5 = records.detention(p5, "SENTENCE", "1944-01-01", "1944-06-01");
        records.endDetention(d5, "1944-03-20");
        UUID p6 = records.person("RESTRICTED");
        records.recognition(p6, "1944-01-01", null);
        records.detention(p6, "PRETRIAL", "1944-03-05", "1945-02");
        UUID p7 = records.person("CONFIDENTIAL");
        records.detention(p7, "OPEN_FACILITY", "1944", "1945-07-01");
        records.recognition(p7, "1945-01-10", "1945-05");
        corpus = new Corpus(p1, p2, p3, p4, p5, p6, d1, d5);
    }

    @Test
    void eachChangeHasItsReasonAndRecord() {
        JsonPath body = Auth.asAdmin()
                .when()
                .get("/api/v1/stats/changes?metric=political-prisoners&from=" + FROM + "&to=" + TO)
                .then()
                .statusCode(200)
                .body("metric", equalTo("political-prisoners"))
                .body("from.date", equalTo(FROM))
                .body("from.value", equalTo(3))
                .body("to.date", equalTo(TO))
                .body("to.value", equalTo(3))
                .body("entered", hasSize(3))
                .body("left", hasSize(3))
                .body("notShown.entered", equalTo(0))
                .extract().jsonPath();
        assertEquals("DETAINED", reason(body, "entered", corpus.detained()));
        assertEquals(corpus.detentionOfDetained().toString(),
                body.getString("entered.find { it.personId == '%s' }.record.id".formatted(corpus.detained())));
        assertEquals("RECOGNISED", reason(body, "entered", corpus.recognised()));
        assertEquals("1944-03-31", body.getString("entered.find { it.personId == '%s' }.record.countsFrom"
                .formatted(corpus.recognised())), "recognised \"1944-03\" counts from 03-31");
        assertEquals("DETAINED", reason(body, "entered", corpus.restricted()));
        assertEquals("RELEASED", reason(body, "left", corpus.released()));
        assertEquals("RECOGNITION_REVOKED", reason(body, "left", corpus.revoked()));
        assertEquals("RECORD_CORRECTED", reason(body, "left", corpus.corrected()));
        assertEquals(corpus.correctedDetention().toString(),
                body.getString("left.find { it.personId == '%s' }.record.id".formatted(corpus.corrected())));
    }

    @Test
    void theIdentityHoldsOverRandomPairsOfDays() {
        Random random = new Random(1944);
        LocalDate start = LocalDate.parse("1943-12-01");
        for (int i = 0; i < 25; i++) {
            LocalDate a = start.plusDays(random.nextInt(640));
            LocalDate b = start.plusDays(random.nextInt(640));
            LocalDate from = a.isBefore(b) ? a : b;
            LocalDate to = a.isBefore(b) ? b : a;
            for (Role role : new Role[] {Role.ANONYMOUS, Role.ADMIN}) {
                JsonPath body = Auth.as(role)
                        .when()
                        .get("/api/v1/stats/changes?metric=political-prisoners&from=" + from + "&to=" + to)
                        .then()
                        .statusCode(200)
                        .extract().jsonPath();
                int entered = body.getList("entered").size() + body.getInt("notShown.entered");
                int left = body.getList("left").size() + body.getInt("notShown.left");
                assertEquals(body.getInt("to.value") - body.getInt("from.value"), entered - left, from + ".." + to);
                assertEquals(seriesValue(from), body.getInt("from.value"), "the series on " + from);
                assertEquals(seriesValue(to), body.getInt("to.value"), "the series on " + to);
            }
        }
    }

    @Test
    void callersSeeOnlyThePersonsTheyMayRead() {
        String path = "/api/v1/stats/changes?metric=political-prisoners&from=" + FROM + "&to=" + TO;
        given()
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("entered", hasSize(2))
                .body("notShown.entered", equalTo(1))
                .body("notShown.left", equalTo(0));
        Auth.asResearcher()
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("entered", hasSize(3))
                .body("notShown.entered", equalTo(0));
        String confidential = "/api/v1/stats/changes?metric=detained&from=1945-06-01&to=1945-07-15";
        Auth.asResearcher()
                .when()
                .get(confidential)
                .then()
                .statusCode(200)
                .body("left", hasSize(0))
                .body("notShown.left", equalTo(1));
        Auth.asEditor()
                .when()
                .get(confidential)
                .then()
                .statusCode(200)
                .body("left[0].reason", equalTo("RELEASED"))
                .body("notShown.left", equalTo(0));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        bad("metric", "from=1944-01-01&to=1944-02-01");
        bad("metric", "metric=releases&from=1944-01-01&to=1944-02-01");
        bad("from", "metric=detained&to=1944-02-01");
        bad("to", "metric=detained&from=1944-01-01");
        bad("from", "metric=detained&from=1944-03-01&to=1944-02-01");
        bad("to", "metric=detained&from=1944-03-01&to=2999-02-01");
    }

    private static void bad(String field, String query) {
        given()
                .when()
                .get("/api/v1/stats/changes?" + query)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem(field));
    }

    private static String reason(JsonPath body, String list, UUID person) {
        return body.getString(list + ".find { it.personId == '%s' }.reason".formatted(person));
    }

    private static int seriesValue(LocalDate day) {
        return given()
                .when()
                .get("/api/v1/stats/series?metric=political-prisoners&from=" + day + "&to=" + day)
                .then()
                .statusCode(200)
                .extract().path("points[0].value");
    }
}
