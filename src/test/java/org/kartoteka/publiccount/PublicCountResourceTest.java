package org.kartoteka.publiccount;

import static org.kartoteka.StatsFixtures.editor;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.kartoteka.Auth;
import org.kartoteka.StatsFixtures;

@QuarkusTest
class PublicCountResourceTest {

    @Test
    void politicalPrisonersIsTheLatestReportedFigureWithItsSource() {
        given()
                .when()
                .get("/api/v1/public/counts/political-prisoners")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("metric", equalTo("political-prisoners"))
                .body("value", equalTo(1500))
                .body("qualifier", equalTo("MORE_THAN"))
                .body("asOf", equalTo("2022-11-04"))
                .body("computed", equalTo(false))
                .body("labels.be", equalTo("Палітвязні"))
                .body("source.title", containsString("What's next for Belarus?"))
                .body("source.publishedOn", equalTo("2022-11-04"));
    }

    @Test
    void aComputedFigureIsTodaysValueFromTheRecords() {
        given()
                .when()
                .get("/api/v1/public/counts/detained")
                .then()
                .statusCode(200)
                .body("computed", equalTo(true))
                .body("qualifier", equalTo("AT_LEAST"))
                .body("asOf", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("value", not(nullValue()));
    }

    @Test
    void strongETagAnswers304AndCachingAndCorsHeadersAreSet() {
        String etag = given()
                .header("Origin", "https://news.example")
                .when()
                .get("/api/v1/public/counts/political-prisoners")
                .then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{27}\""))
                .header("Cache-Control", equalTo("public, max-age=30, stale-while-revalidate=60"))
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .extract().header("ETag");
        given()
                .header("If-None-Match", etag)
                .when()
                .get("/api/v1/public/counts/political-prisoners")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Access-Control-Allow-Origin", equalTo("*"));
        given()
                .header("If-None-Match", "\"something-else\"")
                .when()
                .get("/api/v1/public/counts/political-prisoners")
                .then()
                .statusCode(200);
    }

    @Test
    void theAnonymousRouteAndTheRestPathAnswerTheSameBytesAndHeaders() {
        Response route = given()
                .when()
                .get("/api/v1/public/counts/political-prisoners");
        Response rest = Auth.asResearcher()
                .when()
                .get("/api/v1/public/counts/political-prisoners");
        for (String header : new String[] {"ETag", "Cache-Control", "Access-Control-Allow-Origin", "Vary"}) {
            assertEquals(rest.header(header), route.header(header), header);
        }
        assertEquals(rest.contentType(), route.contentType());
        assertArrayEquals(rest.asByteArray(), route.asByteArray());
    }

    @Test
    void theAnonymousRouteEchoesASaneRequestIdAndMakesOneOtherwise() {
        given()
                .header("X-Request-Id", "newsroom-42")
                .when()
                .get("/api/v1/public/counts/political-prisoners")
                .then()
                .statusCode(200)
                .header("X-Request-Id", equalTo("newsroom-42"));
        given()
                .header("X-Request-Id", "not sane!")
                .when()
                .get("/api/v1/public/counts/political-prisoners")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }

    @Test
    void theAnonymousRouteIsMeasuredUnderItsTemplateNotItsPath() {
        given().when().get("/api/v1/public/counts/political-prisoners").then().statusCode(200);
        given()
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("uri=\"/api/v1/public/counts/{metric}\""))
                .body(not(containsString("uri=\"/api/v1/public/counts/political-prisoners\"")));
    }

    @Test
    void theAuthenticatedApiSendsNoCorsHeaders() {
        given()
                .header("Origin", "https://news.example")
                .when()
                .get("/api/v1/metrics")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theFigureChangesWithinSecondsOfAWrite() {
        String metric = StatsFixtures.stockMetric("live");
        String source = StatsFixtures.source("Live review");
        awaitValue(metric, null);
        StatsFixtures.observation(metric, 1022, "EXACT", "2022-02-01", source);
        awaitValue(metric, 1022);
        String later = StatsFixtures.observation(metric, 1446, "ABOUT", "2022-12-31", source);
        awaitValue(metric, 1446);
        editor().when().delete("/api/v1/observations/{id}", later).then().statusCode(204);
        awaitValue(metric, 1022);
    }

    @Test
    void aWrongTokenIsA401EvenHere() {
        given()
                .header("Authorization", "Bearer kt_not-a-token")
                .when()
                .get("/api/v1/public/counts/political-prisoners")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        Auth.asResearcher()
                .when()
                .get("/api/v1/public/counts/political-prisoners")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .body("value", equalTo(1500));
    }

    @Test
    void anUnknownMetricIsA404Problem() {
        given()
                .when()
                .get("/api/v1/public/counts/no-such-metric")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-metric"));
    }

    private static void awaitValue(String metric, Integer value) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> given()
                .when()
                .get("/api/v1/public/counts/{metric}", metric)
                .then()
                .statusCode(200)
                .body("value", equalTo(value)));
    }
}
