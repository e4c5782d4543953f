package org.kartoteka.members;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kartoteka.Auth;
import org.kartoteka.FigureRecords;

/**
 * {@code GET /api/v1/stats/members}: the total is the series value on every day, the records and
 * their dates are read as docs/counting.md says, and callers see only the persons they may read.
 * The corpus lives in 1941 and 1942, years no other test writes in.
 */
@QuarkusTest
class MembersResourceTest {

    private static final String DAY = "1941-05-15";

    @Inject
    EntityManager em;

    static Corpus corpus;

    record Corpus(UUID publicA, UUID restrictedB, UUID confidentialC, UUID publicE, UUID pretrialOfA) {}

    @BeforeEach
    void writeCorpusOnce() {
        if (corpus != null) {
            return;
        }
        FigureRecords records = new FigureRecords(em);
        UUID a = records.person("PUBLIC");
        records.recognition(a, "1941-02-10", null);
        UUID pretrial = records.detention(a, "PRETRIAL", "1941-01-05", "1941-06-20");
        records.detention(a, "SENTENCE", "1941-06-20", null);
        UUID b = records.person("RESTRICTED");
        records.recognition(b, "1941-03", null);
        records.detention(b, "SENTENCE", "1941-03-15", "1941-09");
        UUID c = records.person("CONFIDENTIAL");
        records.recognition(c, "1941-01-01", "1941-08");
        records.detention(c, "OPEN_FACILITY", "1941-02-01", null);
        UUID d = records.person("PUBLIC");
        records.recognition(d, "1941-01-01", null);
        records.detention(d, "ADMINISTRATIVE_ARREST", "1941-04-01", "1941-04-15");
        UUID e = records.person("PUBLIC");
        records.recognition(e, "1941-05-01", null);
        records.recognition(e, "1941", null);
        records.detention(e, "PSYCHIATRIC", "1941-05-10", "1942");
        UUID f = records.person("RESTRICTED");
        records.recognition(f, "1941-01-01", null);
        records.detention(f, "PRETRIAL", "1941-10", "1941-10");
        UUID g = records.person("PUBLIC");
        records.detention(g, "PRETRIAL", "1941-07-01", "1941-07-10");
        records.recognition(g, "1941-08-01", null);
        corpus = new Corpus(a, b, c, e, pretrial);
    }

    @Test
    void theTotalIsTheSeriesValueOnEveryDay() {
        for (String metric : List.of("political-prisoners", "detained")) {
            List<Integer> series = seriesValues(metric, "1940-12-25", "1942-01-31", "day");
            LocalDate day = LocalDate.parse("1940-12-25");
            for (Integer expected : series) {
                assertEquals(expected, total(metric, "date=" + day), metric + " on " + day);
                day = day.plusDays(1);
            }
        }
    }

    @Test
    void aFlowsTotalIsTheSeriesValueOverItsPeriod() {
        for (String metric : List.of("new-detentions", "releases", "recognitions", "convictions")) {
            List<Integer> months = seriesValues(metric, "1941-01-01", "1942-01-31", "month");
            LocalDate month = LocalDate.parse("1941-01-01");
            for (Integer expected : months) {
                String period = "from=" + month + "&to=" + month.plusMonths(1).minusDays(1);
                assertEquals(expected, total(metric, period), metric + " in " + month);
                month = month.plusMonths(1);
            }
        }
        List<Integer> days = seriesValues("releases", "1941-06-01", "1941-09-30", "day");
        LocalDate day = LocalDate.parse("1941-06-01");
        for (Integer expected : days) {
            assertEquals(expected, total("releases", "from=" + day + "&to=" + day), "releases on " + day);
            day = day.plusDays(1);
        }
    }

    @Test
    void eachPersonComesWithTheRecordsThatPutThemThereAndTheirDatesAsRead() {
        JsonPath body = Auth.asAdmin()
                .when()
                .get("/api/v1/stats/members?metric=political-prisoners&date=" + DAY)
                .then()
                .statusCode(200)
                .body("metric", equalTo("political-prisoners"))
                .body("date", equalTo(DAY))
                .body("total", equalTo(4))
                .body("notShown", equalTo(0))
                .body("nextCursor", nullValue())
                .extract().jsonPath();
        String a = "items.find { it.personId == '%s' }.records".formatted(corpus.publicA());
        assertEquals(List.of("DETENTION", "RECOGNITION"), body.getList(a + ".type"));
        assertEquals(corpus.pretrialOfA().toString(), body.getString(a + "[0].id"));
        assertEquals("1941-01-05", body.getString(a + "[0].countsFrom"));
        assertEquals("1941-06-19", body.getString(a + "[0].countsUntil"), "not counted on the day it ended");
        assertEquals("1941-02-10", body.getString(a + "[1].countsFrom"));
        assertEquals(null, body.getString(a + "[1].countsUntil"), "a recognition not revoked lasts");
        String b = "items.find { it.personId == '%s' }.records".formatted(corpus.restrictedB());
        assertEquals("1941-09", body.getString(b + ".find { it.type == 'DETENTION' }.endDate"));
        assertEquals("1941-08-31", body.getString(b + ".find { it.type == 'DETENTION' }.countsUntil"),
                "ended \"1941-09\" may have ended on 09-01");
        assertEquals("1941-03-31", body.getString(b + ".find { it.type == 'RECOGNITION' }.countsFrom"),
                "recognised \"1941-03\" is certain from 03-31");
        String c = "items.find { it.personId == '%s' }.records".formatted(corpus.confidentialC());
        assertEquals("1941-07-31", body.getString(c + ".find { it.type == 'RECOGNITION' }.countsUntil"),
                "revoked \"1941-08\" stops on 07-31");
    }

    @Test
    void boundaryDaysOfPartialDates() {
        assertEquals(List.of(), persons("political-prisoners", "1941-03-30", corpus.restrictedB()),
                "recognised \"1941-03\": not certain on 03-30");
        assertEquals(List.of(corpus.restrictedB().toString()),
                persons("political-prisoners", "1941-03-31", corpus.restrictedB()));
        assertEquals(List.of(corpus.restrictedB().toString()),
                persons("political-prisoners", "1941-08-31", corpus.restrictedB()));
        assertEquals(List.of(), persons("political-prisoners", "1941-09-01", corpus.restrictedB()));
        assertEquals(List.of(corpus.confidentialC().toString()),
                persons("political-prisoners", "1941-07-31", corpus.confidentialC()));
        assertEquals(List.of(), persons("political-prisoners", "1941-08-01", corpus.confidentialC()),
                "revoked in August 1941: not counted from 08-01");
        assertEquals(List.of(corpus.confidentialC().toString()),
                persons("detained", "1941-08-01", corpus.confidentialC()), "still detained");
        assertEquals(List.of(corpus.publicE().toString()),
                persons("political-prisoners", "1941-12-31", corpus.publicE()));
        assertEquals(List.of(), persons("political-prisoners", "1942-01-01", corpus.publicE()),
                "ended \"1942\" may have ended on 1942-01-01");
        assertEquals(List.of(corpus.publicA().toString()),
                persons("political-prisoners", "1941-06-20", corpus.publicA()), "pretrial hands over to sentence");
    }

    @Test
    void callersSeeThePersonsTheyMayReadAndOnlyANumberForTheOthers() {
        String path = "/api/v1/stats/members?metric=political-prisoners&date=" + DAY;
        given()
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("notShown", equalTo(2))
                .body("items.personId", containsInAnyOrder(corpus.publicA().toString(), corpus.publicE().toString()));
        Auth.asResearcher()
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("notShown", equalTo(1))
                .body("items.personId", containsInAnyOrder(corpus.publicA().toString(),
                        corpus.restrictedB().toString(), corpus.publicE().toString()));
        Auth.asEditor()
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("notShown", equalTo(0))
                .body("items", hasSize(4));
    }

    @Test
    void pagesFollowEachOtherByCursor() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = Auth.asAdmin()
                    .queryParam("metric", "political-prisoners")
                    .queryParam("date", DAY)
                    .queryParam("limit", 1)
                    .queryParams(cursor == null ? java.util.Map.of() : java.util.Map.of("cursor", cursor))
                    .when()
                    .get("/api/v1/stats/members")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(4))
                    .extract().jsonPath();
            seen.addAll(page.getList("items.personId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(4, seen.size());
        assertEquals(4, seen.stream().distinct().count());
    }

    @Test
    void csvForAuditors() {
        Auth.asAuditor()
                .header("Accept", "text/csv")
                .when()
                .get("/api/v1/stats/members?metric=detained&date=" + DAY + "&limit=2")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Link", containsString("rel=\"next\""))
                .body(startsWith("personId,name,records\r\n"));
        given()
                .header("Accept", "text/csv")
                .when()
                .get("/api/v1/stats/members?metric=detained&date=" + DAY)
                .then()
                .statusCode(401);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        bad("metric", "date=" + DAY);
        bad("metric", "metric=no-such-metric&date=" + DAY);
        bad("date", "metric=detained");
        bad("date", "metric=detained&date=2999-01-01");
        bad("date", "metric=detained&date=1941-13");
        bad("from", "metric=detained&from=1941-01-01&to=1941-02-01");
        bad("date", "metric=releases&date=1941-01-01");
        bad("from", "metric=releases&from=1941-03-01&to=1941-02-01");
        bad("cursor", "metric=detained&date=" + DAY + "&cursor=not-a-cursor");
        bad("limit", "metric=detained&date=" + DAY + "&limit=0");
    }

    private static void bad(String field, String query) {
        given()
                .when()
                .get("/api/v1/stats/members?" + query)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static List<Integer> seriesValues(String metric, String from, String to, String interval) {
        return given()
                .when()
                .get("/api/v1/stats/series?metric=%s&from=%s&to=%s&interval=%s".formatted(metric, from, to, interval))
                .then()
                .statusCode(200)
                .extract().jsonPath().getList("points.value", Integer.class);
    }

    private static int total(String metric, String days) {
        return given()
                .when()
                .get("/api/v1/stats/members?metric=" + metric + "&limit=1&" + days)
                .then()
                .statusCode(200)
                .extract().path("total");
    }

    /** The given person among the members of a day, as a list of zero or one id. */
    private static List<String> persons(String metric, String day, UUID person) {
        List<String> ids = Auth.asAdmin()
                .when()
                .get("/api/v1/stats/members?metric=" + metric + "&limit=500&date=" + day)
                .then()
                .statusCode(200)
                .extract().jsonPath().getList("items.personId");
        return ids.stream().filter(person.toString()::equals).toList();
    }
}
