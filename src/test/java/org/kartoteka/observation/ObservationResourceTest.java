package org.kartoteka.observation;

import static org.kartoteka.StatsFixtures.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.kartoteka.StatsFixtures;

@QuarkusTest
class ObservationResourceTest {

    @Test
    void theSeedHoldsEveryReportedFigureWithItsCitation() {
        given()
                .queryParam("metric", "political-prisoners")
                .queryParam("publisher", "iSANS")
                .when()
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items.value", containsInAnyOrder(963, 1035))
                .body("items[0].citations[0].sourceId", notNullValue())
                .body("items[0].citations[0].locator", equalTo("paragraph 2"));
        given()
                .queryParam("metric", "political-convictions")
                .when()
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items[0].value", equalTo(1285))
                .body("items[0].qualifier", equalTo("AT_LEAST"))
                .body("items[0].periodStart", equalTo("2021"))
                .body("items[0].periodEnd", equalTo("2021"));
        given().queryParam("limit", 500).when().get("/api/v1/observations").then().statusCode(200)
                .body("items.metric", hasItem("forced-emigration"))
                .body("items.metric", hasItem("ngos-liquidated"));
    }

    @Test
    void createReadUpdateDelete() {
        String metric = StatsFixtures.stockMetric("obs");
        String source = StatsFixtures.source("Monthly review");
        String id = StatsFixtures.observation(metric, 1022, "EXACT", "2022-02-01", source);
        given().when().get("/api/v1/observations/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("metric", equalTo(metric)).body("asOf", equalTo("2022-02-01"));
        String body = """
                {"metric": "%s", "value": 1446, "qualifier": "EXACT", "asOf": "2022-12-31",
                 "citations": [{"sourceId": "%s"}]}""".formatted(metric, source);
        editor().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(body)
                .when().put("/api/v1/observations/{id}", id).then().statusCode(412);
        editor().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/observations/{id}", id).then().statusCode(200).body("value", equalTo(1446));
        editor().when().delete("/api/v1/observations/{id}", id).then().statusCode(204);
        given().when().get("/api/v1/observations/{id}", id).then().statusCode(404);
    }

    @Test
    void recordedAtIsWhenTheFigureWasFirstRecordedAndAnEditDoesNotMoveIt() {
        String metric = StatsFixtures.stockMetric("recorded");
        String source = StatsFixtures.source("Recorded at");
        String id = StatsFixtures.observation(metric, 100, "EXACT", "2022-02-01", source);
        String recordedAt = given().when().get("/api/v1/observations/{id}", id).then().statusCode(200)
                .extract().path("recordedAt");
        given().when().get("/api/v1/observations/{id}", id).then().body("createdAt", equalTo(recordedAt));
        editor().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                        {"metric": "%s", "value": 120, "qualifier": "EXACT", "asOf": "2022-02-01",
                         "citations": [{"sourceId": "%s"}]}""".formatted(metric, source))
                .when().put("/api/v1/observations/{id}", id).then().statusCode(200)
                .body("value", equalTo(120))
                .body("recordedAt", equalTo(recordedAt))
                .body("updatedAt", not(equalTo(recordedAt)));
    }

    @Test
    void aStockTakesAsOfAndAFlowTakesAPeriod() {
        String source = StatsFixtures.source("Dates by kind");
        post("""
                {"metric": "political-prisoners", "value": 5, "periodStart": "2021", "periodEnd": "2021",
                 "citations": [{"sourceId": "%s"}]}""".formatted(source), "asOf");
        post("""
                {"metric": "releases", "value": 5, "asOf": "2021-05-01", "citations": [{"sourceId": "%s"}]}"""
                .formatted(source), "asOf");
        post("""
                {"metric": "releases", "value": 5, "periodStart": "2021-05", "citations": [{"sourceId": "%s"}]}"""
                .formatted(source), "periodEnd");
        post("""
                {"metric": "releases", "value": 5, "periodStart": "2021-05", "periodEnd": "2021-04",
                 "citations": [{"sourceId": "%s"}]}""".formatted(source), "periodEnd");
        post("""
                {"metric": "political-prisoners", "value": 5, "asOf": "2999-01-01", "citations": [{"sourceId": "%s"}]}"""
                .formatted(source), "asOf");
    }

    @Test
    void aFigureNeedsACitationOfAnExistingSourceAndAKnownMetric() {
        post("""
                {"metric": "political-prisoners", "value": 5, "asOf": "2021", "citations": []}""", "citations");
        post("""
                {"metric": "political-prisoners", "value": 5, "asOf": "2021",
                 "citations": [{"sourceId": "3f2b8c1e-0c1d-4a52-9a5e-2f1d8f0b7c11"}]}""", "citations[0].sourceId");
        post("""
                {"metric": "no-such-metric", "value": 5, "asOf": "2021",
                 "citations": [{"sourceId": "%s"}]}""".formatted(StatsFixtures.source("Unknown metric")), "metric");
        post("""
                {"metric": "political-prisoners", "value": 5, "qualifier": "ROUGHLY", "asOf": "2021",
                 "citations": [{"sourceId": "%s"}]}""".formatted(StatsFixtures.source("Bad qualifier")), "qualifier",
                400);
    }

    @Test
    void filtersByMetricPublisherAndDates() {
        String metric = StatsFixtures.stockMetric("filter");
        String source = StatsFixtures.source("Filter review");
        StatsFixtures.observation(metric, 1, "EXACT", "2021-06", source);
        StatsFixtures.observation(metric, 2, "EXACT", "2022-06-15", source);
        given().queryParam("metric", metric).queryParam("from", "2022").when().get("/api/v1/observations")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].value", equalTo(2));
        given().queryParam("metric", metric).queryParam("to", "2021-06-01").when().get("/api/v1/observations")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].value", equalTo(1));
        given().queryParam("metric", metric).queryParam("publisher", "nobody").when().get("/api/v1/observations")
                .then().statusCode(200).body("items", hasSize(0));
        given().queryParam("metric", metric).queryParam("limit", 1).when().get("/api/v1/observations")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", notNullValue());
        given().queryParam("from", "someday").when().get("/api/v1/observations").then().statusCode(422);
    }

    private static void post(String body, String field) {
        post(body, field, 422);
    }

    private static void post(String body, String field, int status) {
        editor()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/observations")
                .then()
                .statusCode(status)
                .body("errors.field", hasItem(field));
    }
}
