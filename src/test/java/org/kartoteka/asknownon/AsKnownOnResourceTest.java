package org.kartoteka.asknownon;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kartoteka.Auth;
import org.kartoteka.FigureRecords;
import org.kartoteka.StatsFixtures;

/**
 * {@code asKnownOn}: answers asked about an instant before corrections equal, byte for byte, the
 * answers given at that instant, after releases, revocations, deletions, merges, new records and
 * visibility changes; visibility stays the caller's today. The corpus lives in 1947 and 1948.
 */
@QuarkusTest
class AsKnownOnResourceTest {

    private static final List<String> QUESTIONS = List.of(
            "/api/v1/stats/series?metric=political-prisoners&from=1947-01-01&to=1948-12-31",
            "/api/v1/stats/series?metric=detained&from=1947-01-01&to=1948-12-31&interval=month",
            "/api/v1/stats/series?metric=new-detentions&from=1947-01-01&to=1948-12-31&interval=week",
            "/api/v1/stats/series?metric=releases&from=1947&to=1948&interval=month&groupBy=region",
            "/api/v1/stats/members?metric=political-prisoners&date=1947-09-01",
            "/api/v1/stats/members?metric=new-detentions&from=1947-01-01&to=1948-12-31",
            "/api/v1/stats/changes?metric=political-prisoners&from=1947-02-01&to=1948-02-01",
            "/api/v1/stats/changes?metric=detained&from=1947-06-01&to=1947-12-31");

    @Inject
    EntityManager em;

    @Test
    void answersAboutAnInstantBeforeCorrectionsAreTheAnswersGivenThen() {
        FigureRecords records = new FigureRecords(em);
        UUID a = records.person("PUBLIC");
        UUID recognitionOfA = records.recognition(a, "1947-01-10", null);
        UUID detentionOfA = records.detention(a, "SENTENCE", "1947-01-05", null);
        UUID b = records.person("PUBLIC");
        records.recognition(b, "1947-02", null);
        UUID detentionOfB = records.detention(b, "PRETRIAL", "1947-03-01", "1948-01");
        UUID c = records.person("PUBLIC");
        records.recognition(c, "1947", null);
        records.detention(c, "HOUSE_ARREST", "1947-06-01", null);
        UUID duplicateOfC = records.person("PUBLIC");
        UUID recognitionOfDuplicate = records.recognition(duplicateOfC, "1947-04-01", null);
        UUID detentionOfDuplicate = records.detention(duplicateOfC, "PSYCHIATRIC", "1947-02-01", "1947-05-01");

        Map<String, String> then = answers(Auth::asAdmin, null);
        Map<String, String> thenAnonymous = answers(RestAssured::given, null);
        Instant before = Instant.now();

        records.endDetention(detentionOfA, "1948-03-15");
        records.revoke(recognitionOfA, "1947-11");
        records.startDetention(detentionOfB, "1947-04");
        records.deleteDetention(records.detention(c, "ADMINISTRATIVE_ARREST", "1946-01-01", "1946-01-05"));
        records.moveDetention(detentionOfDuplicate, c);
        records.deleteRecognition(recognitionOfDuplicate);
        records.deletePerson(duplicateOfC);
        records.kind(detentionOfB, "OPEN_FACILITY");
        UUID later = records.person("PUBLIC");
        records.recognition(later, "1947-01-01", null);
        records.detention(later, "SENTENCE", "1947-01-01", null);
        records.visibility(b, "RESTRICTED");

        Map<String, String> now = answers(Auth::asAdmin, null);
        Map<String, String> asKnownThen = answers(Auth::asAdmin, before);
        for (String question : QUESTIONS) {
            assertNotEquals(then.get(question), now.get(question), "the corrections change " + question);
            assertEquals(question.contains("stats/series") ? then.get(question) : normalised(then.get(question), before),
                    asKnownThen.get(question), question);
        }
        JsonPath anonymous = JsonPath.from(answers(RestAssured::given, before).get(QUESTIONS.get(4)));
        JsonPath anonymousThen = JsonPath.from(thenAnonymous.get(QUESTIONS.get(4)));
        assertEquals(anonymousThen.getInt("total"), anonymous.getInt("total"));
        assertEquals(anonymousThen.getInt("notShown") + 1, anonymous.getInt("notShown"),
                "a person restricted since is not shown to anonymous callers, even as of a day when they were public");
    }

    @Test
    void theAnswerSaysItIsAPastStateAndMayBeCachedForLong() {
        given()
                .when()
                .get("/api/v1/stats/series?metric=detained&from=1947-01-01&to=1947-01-31&asKnownOn="
                        + Instant.now().minusSeconds(1))
                .then()
                .statusCode(200)
                .header(AsKnownOn.HEADER, not(equalTo(null)))
                .header("Cache-Control", startsWith("public"));
        given()
                .when()
                .get("/api/v1/stats/series?metric=detained&from=1947-01-01&to=1947-01-31")
                .then()
                .statusCode(200)
                .header(AsKnownOn.HEADER, equalTo(null));
    }

    @Test
    void aPublicCountAsKnownOnAnInstantIsTheFigurePublishedBy() {
        String metric = StatsFixtures.stockMetric("as-known");
        String source = StatsFixtures.source("Figures as known");
        StatsFixtures.observation(metric, 10, "EXACT", "1947-03-01", source);
        Instant between = Instant.now();
        StatsFixtures.observation(metric, 20, "AT_LEAST", "1947-04-01", source);
        given()
                .when()
                .get("/api/v1/public/counts/" + metric + "?asKnownOn=" + between)
                .then()
                .statusCode(200)
                .header(AsKnownOn.HEADER, equalTo(between.toString()))
                .body("value", equalTo(10))
                .body("asOf", equalTo("1947-03-01"));
        given()
                .when()
                .get("/api/v1/public/counts/" + metric + "?asKnownOn=" + Instant.now())
                .then()
                .statusCode(200)
                .body("value", equalTo(20));
        given()
                .when()
                .get("/api/v1/public/counts/" + metric + "?asKnownOn=1990-01-01")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("asKnownOn"));
    }

    @Test
    void anInstantBeforeTheAuditTrailTheFutureOrNoInstantAreProblems() {
        for (String path : List.of("stats/series?metric=detained", "stats/members?metric=detained&date=1947-01-01",
                "stats/changes?metric=detained&from=1947-01-01&to=1947-02-01")) {
            bad(path + "&asKnownOn=1990-01-01", "exist from");
            bad(path + "&asKnownOn=2999-01-01T00:00:00Z", "future");
            bad(path + "&asKnownOn=yesterday", "RFC 3339");
        }
    }

    private static void bad(String query, String detail) {
        given()
                .when()
                .get("/api/v1/" + query)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("asKnownOn"))
                .body("errors.message", hasItem(containsString(detail)));
    }

    /** The answer given then, with the asKnownOn field a past answer adds. */
    private static String normalised(String answer, Instant asKnownOn) {
        String field = ",\"asKnownOn\":\"" + asKnownOn + "\"";
        int at = answer.indexOf(answer.contains("\"total\"") ? ",\"total\"" : ",\"entered\"");
        return answer.substring(0, at) + field + answer.substring(at);
    }

    /** The answers to every question; a fresh request each, since a request keeps the query it parsed. */
    private static Map<String, String> answers(Supplier<RequestSpecification> caller, Instant asKnownOn) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String question : QUESTIONS) {
            answers.put(question, caller.get()
                    .when()
                    .get(question + (asKnownOn == null ? "" : "&asKnownOn=" + asKnownOn))
                    .then()
                    .statusCode(200)
                    .extract().asString());
        }
        return answers;
    }
}
