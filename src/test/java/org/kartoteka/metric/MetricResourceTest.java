package org.kartoteka.metric;

import static org.kartoteka.StatsFixtures.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.kartoteka.StatsFixtures;

@QuarkusTest
class MetricResourceTest {

    @Test
    void theSeedHasTheComputedAndReportedMetrics() {
        given()
                .when()
                .get("/api/v1/metrics/political-prisoners")
                .then()
                .statusCode(200)
                .body("kind", equalTo("STOCK"))
                .body("computed", equalTo(true))
                .body("publicFigure", equalTo("REPORTED"))
                .body("labels.be", equalTo("Палітвязні"))
                .body("labels.ru", equalTo("Политзаключённые"));
        given()
                .queryParam("limit", 500)
                .when()
                .get("/api/v1/metrics")
                .then()
                .statusCode(200)
                .body("items.key", hasItem("convictions"))
                .body("items.key", hasItem("forced-emigration"));
    }

    @Test
    void createReadUpdateDelete() {
        String key = StatsFixtures.key("crud");
        String id = editor()
                .contentType(ContentType.JSON)
                .body("""
                        {"key": "%s", "label": "Liquidated media", "kind": "FLOW", "unit": "outlets"}""".formatted(key))
                .when()
                .post("/api/v1/metrics")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/metrics/[0-9a-f-]{36}"))
                .header("ETag", equalTo("\"0\""))
                .body("computed", equalTo(false))
                .body("publicFigure", equalTo("REPORTED"))
                .extract().path("id");
        String body = """
                {"key": "%s", "label": "Liquidated media outlets", "kind": "FLOW"}""".formatted(key);
        editor().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/metrics/{id}", id)
                .then().statusCode(428);
        editor().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/metrics/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("label", equalTo("Liquidated media outlets"));
        editor().when().delete("/api/v1/metrics/{id}", id).then().statusCode(204);
        given().when().get("/api/v1/metrics/{id}", key).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void deletingAMetricWithObservationsIs409() {
        String key = StatsFixtures.stockMetric("used");
        StatsFixtures.observation(key, 10, "EXACT", "2022-01-10", StatsFixtures.source("Metric in use"));
        editor()
                .when()
                .delete("/api/v1/metrics/{id}", key)
                .then()
                .statusCode(409)
                .body("detail", containsString("Observations still use this metric"));
    }

    @Test
    void keysAreUniqueSlugs() {
        editor().contentType(ContentType.JSON)
                .body("""
                        {"key": "political-prisoners", "label": "Again", "kind": "STOCK"}""")
                .when().post("/api/v1/metrics")
                .then().statusCode(409).body("detail", containsString("already has this key"));
        editor().contentType(ContentType.JSON)
                .body("""
                        {"key": "Political Prisoners", "label": "Bad", "kind": "STOCK"}""")
                .when().post("/api/v1/metrics")
                .then().statusCode(422).body("errors[0].field", equalTo("key"));
    }

    @Test
    void onlyKnownMetricsCanBeComputed() {
        editor().contentType(ContentType.JSON)
                .body("""
                        {"key": "%s", "label": "Guess", "kind": "STOCK", "computed": true}""".formatted(StatsFixtures.key("guess")))
                .when().post("/api/v1/metrics")
                .then().statusCode(422).body("errors[0].field", equalTo("computed"));
        editor().contentType(ContentType.JSON)
                .body("""
                        {"key": "%s", "label": "Guess", "kind": "STOCK", "publicFigure": "COMPUTED"}"""
                        .formatted(StatsFixtures.key("guess")))
                .when().post("/api/v1/metrics")
                .then().statusCode(422).body("errors[0].field", equalTo("publicFigure"));
    }

    @Test
    void filtersByKindAndComputed() {
        given()
                .queryParam("kind", "FLOW")
                .queryParam("computed", "true")
                .when()
                .get("/api/v1/metrics")
                .then()
                .statusCode(200)
                .body("items.key", hasItem("releases"))
                .body("items.kind.unique()", equalTo(java.util.List.of("FLOW")));
        given().queryParam("computed", "perhaps").when().get("/api/v1/metrics").then().statusCode(422);
    }
}
