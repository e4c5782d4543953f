package org.kartoteka.series;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Auth;
import org.kartoteka.CaseRecords;

@QuarkusTest
class SeriesResourceTest {

    @Test
    void aComputedSeriesComesWithTheReportedFiguresInRange() {
        given()
                .queryParam("metric", "political-prisoners")
                .queryParam("from", "2022-01-01")
                .queryParam("to", "2022-12-31")
                .queryParam("interval", "month")
                .when()
                .get("/api/v1/stats/series")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .body("metric", equalTo("political-prisoners"))
                .body("interval", equalTo("month"))
                .body("points", hasSize(12))
                .body("points[0].date", equalTo("2022-01-01"))
                .body("points[0].end", equalTo("2022-01-31"))
                .body("points.value", everyItem(notNullValue()))
                .body("reported.value", hasItem(963))
                .body("reported.value", hasItem(1035))
                .body("reported.value", hasItem(1500));
    }

    @Test
    void fiveYearsOfDaysAreOnePointADay() {
        given()
                .queryParam("metric", "detained")
                .queryParam("from", "2020-01-01")
                .queryParam("to", "2024-12-31")
                .when()
                .get("/api/v1/stats/series")
                .then()
                .statusCode(200)
                .body("points", hasSize(1827));
    }

    @Test
    void intervalsAreClippedToTheRange() {
        given()
                .queryParam("metric", "releases")
                .queryParam("from", "2021-03-10")
                .queryParam("to", "2021-04-05")
                .queryParam("interval", "month")
                .when()
                .get("/api/v1/stats/series")
                .then()
                .statusCode(200)
                .body("points.date", equalTo(java.util.List.of("2021-03-10", "2021-04-01")))
                .body("points.end", equalTo(java.util.List.of("2021-03-31", "2021-04-05")));
    }

    @Test
    void aReportedOnlyMetricHasNoPointsButItsFigures() {
        given()
                .queryParam("metric", "forced-emigration")
                .queryParam("from", "2022")
                .queryParam("to", "2022")
                .when()
                .get("/api/v1/stats/series")
                .then()
                .statusCode(200)
                .body("points", hasSize(0))
                .body("reported[0].value", equalTo(150000));
    }

    @Test
    void aBreakdownGivesOneSeriesPerGroup() {
        given()
                .queryParam("metric", "detained")
                .queryParam("from", "2022-01")
                .queryParam("to", "2022-03")
                .queryParam("interval", "month")
                .queryParam("groupBy", "gender")
                .when()
                .get("/api/v1/stats/series")
                .then()
                .statusCode(200)
                .body("groupBy", equalTo("gender"))
                .body("groups[0].points", hasSize(3));
    }

    @Inject
    EntityManager em;

    @Test
    void anonymousBreakdownsSuppressCellsSmallerThanThree() {
        String lonely = "Colony " + UUID.randomUUID();
        String crowded = "Colony " + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            CaseRecords records = new CaseRecords(em);
            records.detention(records.person(), null, "SENTENCE", "1920-01-01", null, lonely);
            for (int i = 0; i < 3; i++) {
                records.detention(records.person(), null, "SENTENCE", "1920-01-01", null, crowded);
            }
        });
        String path = "/api/v1/stats/series?metric=detained&from=1920-02-01&to=1920-02-01&groupBy=facility";
        given()
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("groups.find { it.group == '%s' }.points[0].value".formatted(lonely), equalTo(null))
                .body("groups.find { it.group == '%s' }.points[0].suppressed".formatted(lonely), equalTo(true))
                .body("groups.find { it.group == '%s' }.points[0].value".formatted(crowded), equalTo(3))
                .body("groups.find { it.group == '%s' }.points[0].suppressed".formatted(crowded), equalTo(false));
        Auth.asResearcher()
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("groups.find { it.group == '%s' }.points[0].value".formatted(lonely), equalTo(1))
                .body("groups.find { it.group == '%s' }.points[0].suppressed".formatted(lonely), equalTo(false));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        bad("metric", "interval=day");
        bad("metric", "metric=no-such-metric");
        bad("interval", "metric=detained&interval=fortnight");
        bad("groupBy", "metric=detained&groupBy=shoeSize");
        bad("groupBy", "metric=recognitions&groupBy=facility");
        bad("from", "metric=detained&from=2022-02-01&to=2022-01-01");
        bad("to", "metric=detained&to=2999");
        bad("from", "metric=detained&from=1900&to=2020&interval=day");
    }

    private static void bad(String field, String query) {
        given()
                .when()
                .get("/api/v1/stats/series?" + query)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo(field));
    }
}
